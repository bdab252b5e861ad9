-- Type-ahead's own index: the words of names, INNs and codes (the search_term rows of the weight
-- of names, 8), each with its record's kind and the start of its title key. The primary key leads
-- with the word and then the title, so the first suggestions for a word that thousands of records
-- share are the first rows of an index range, read in order and cut at the limit: no record's
-- document is looked up and nothing is sorted. Kept by the service beside search_term.

create table search_name (
    term        varchar(100) not null,
    title_key   varchar(200) not null,
    kind        varchar(40) not null,
    record_id   uuid not null,
    primary key (term, title_key, kind, record_id)
);

create index ix_search_name_record on search_name (record_id);

insert into search_name (term, title_key, kind, record_id)
select t.term, substring(d.title_key from 1 for 200), d.kind, t.record_id
from search_term t
join search_document d on d.record_id = t.record_id
where t.weight >= 8;
