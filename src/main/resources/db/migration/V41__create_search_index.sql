-- The search index: one document per searchable record (what a hit shows) and its words, each with
-- the weight of the most important field it occurs in. Kept by the service in the transaction of
-- every write; a plain token table rather than tsvector or pg_trgm, so that H2 and PostgreSQL give
-- the same answers. The primary key of search_term leads with the word, so an exact word and a
-- prefix (term >= 'cep' and term < 'ceq') are index range scans. Portable SQL only.

create table search_document (
    record_id   uuid primary key,
    kind        varchar(40) not null,
    title       varchar(4000) not null,
    subtitle    varchar(4000),
    title_key   varchar(4000) not null,
    body        varchar(4000) not null
);

create index ix_search_document_kind on search_document (kind);

create table search_term (
    term        varchar(100) not null,
    record_id   uuid not null,
    weight      integer not null,
    primary key (term, record_id)
);

create index ix_search_term_record on search_term (record_id);
