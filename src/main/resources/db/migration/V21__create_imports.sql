-- Bulk imports: each upload, its progress and outcome, stored so that any instance can report it
-- and a restarted one can tell what happened to it. Portable SQL only.

create table data_import (
    id              uuid primary key,
    version         bigint not null,
    state           varchar(20) not null,
    format          varchar(40) not null,
    collection      varchar(60),
    file_name       varchar(300) not null,
    media_type      varchar(200),
    size_bytes      bigint not null,
    checksum        varchar(80) not null,
    -- The checksum while the import is queued or running, null once it has ended: the same file
    -- cannot be imported twice at once, whichever instance receives it.
    active_checksum varchar(80),
    dry_run         boolean not null,
    on_error        varchar(10) not null,
    as_of           date,
    created_by      varchar(200),
    created_at      timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    heartbeat_at    timestamp(6) with time zone,
    rows_total      bigint,
    rows_read       bigint not null,
    rows_created    bigint not null,
    rows_updated    bigint not null,
    rows_unchanged  bigint not null,
    rows_rejected   bigint not null,
    rows_skipped    bigint not null,
    warnings        bigint not null,
    -- The source document a register import cites (no foreign key: a report may outlive it).
    source_id       uuid,
    failure         varchar(2000),
    constraint uk_data_import__active_checksum unique (active_checksum)
);
create index ix_data_import_created_at on data_import (created_at, id);
create index ix_data_import_state on data_import (state, heartbeat_at);

-- Records each import created and changed, per collection.
create table data_import_count (
    data_import_id  uuid not null,
    list_index      integer not null,
    collection      varchar(60) not null,
    created         bigint not null,
    updated         bigint not null,
    primary key (data_import_id, list_index),
    constraint fk_data_import_count_import foreign key (data_import_id) references data_import (id)
);

-- The rows an import rejected, and the warnings it gave, as problem details (the first ones; the
-- counts on data_import are complete).
create table data_import_problem (
    id              uuid primary key,
    data_import_id  uuid not null,
    row_index       bigint not null,
    severity        varchar(10) not null,
    type            varchar(100) not null,
    status          integer,
    detail          varchar(2000) not null,
    violations      varchar(8000) not null,
    constraint fk_data_import_problem_import foreign key (data_import_id) references data_import (id)
);
create index ix_data_import_problem_import on data_import_problem (data_import_id, severity, row_index, id);
