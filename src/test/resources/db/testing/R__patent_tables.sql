-- The tables of patents, the collection that exists only in tests (org.pharmapipeline.patent).
-- Every test database has them; only the PatentsRegistered test profile registers the
-- collection. Portable SQL only, like the service's own migrations.

create table patent (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    created_by            varchar(200),
    updated_by            varchar(200),
    product_candidate_id  uuid not null,
    patent_number         varchar(40) not null,
    title                 varchar(500),
    office                varchar(10) not null,
    expires_on            date,
    constraint uk_patent__patent_number unique (patent_number),
    constraint fk_patent_product foreign key (product_candidate_id) references product_candidate (id)
);

create table patent_citation (
    patent_id   uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (patent_id, list_index),
    constraint fk_patent_citation_owner foreign key (patent_id) references patent (id),
    constraint fk_patent_citation_source foreign key (source_id) references source_document (id)
);
