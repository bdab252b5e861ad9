-- Every committed create, update and delete of every collection, in commit order: the history of
-- each record, the as-of reads, the change feed (GET /api/v1/changes) and the outbox a Debezium
-- connector can read (docs/sync.md). Portable SQL only.
--
-- A change's feed position is assigned when its transaction is about to commit, from the one row
-- of change_counter: the row lock that update takes is held until the commit, so transactions
-- take positions one after another and a position becomes visible only after every lower one
-- has (a sequence drawn at insert time would not be commit order).

create table change_counter (
    id             integer primary key,
    last_position  bigint not null
);
insert into change_counter (id, last_position) values (1, 0);

create table record_change (
    feed_position   bigint primary key,
    collection      varchar(60) not null,
    record_id       uuid not null,
    record_version  bigint not null,
    operation       varchar(10) not null,
    changed_at      timestamp(6) with time zone not null,
    actor           varchar(200),
    -- The record as the API showed it after the change (before it, for a deletion), as JSON.
    body            varchar(1000000) not null
);
create index ix_record_change_record on record_change (record_id, feed_position);
create index ix_record_change_collection on record_change (collection, feed_position);
