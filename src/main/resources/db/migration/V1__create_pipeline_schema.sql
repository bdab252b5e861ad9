-- The pipeline schema. Portable SQL only: the same script runs on H2 and PostgreSQL.
-- Unique constraints are named uk_<table>__<column> (the API reports the column as the field);
-- every filter and sort the API offers has an index; sort indexes end in id, the tie-breaker.

create table source_document (
    id            uuid primary key,
    version       bigint not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    type          varchar(40) not null,
    title         varchar(500) not null,
    publisher     varchar(200),
    published_on  date,
    url           varchar(2000),
    reference     varchar(500),
    content_hash  varchar(80),
    constraint uk_source_document__content_hash unique (content_hash)
);
create index ix_source_document_published_on on source_document (published_on, id);
create index ix_source_document_type on source_document (type, id);
create index ix_source_document_title on source_document (title, id);
create index ix_source_document_publisher on source_document (publisher, id);
create index ix_source_document_created_at on source_document (created_at, id);
create index ix_source_document_updated_at on source_document (updated_at, id);

create table company (
    id            uuid primary key,
    version       bigint not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    name          varchar(200) not null,
    country       varchar(2),
    headquarters  varchar(200),
    description   varchar(2000),
    constraint uk_company__name unique (name)
);
create index ix_company_country on company (country, id);
create index ix_company_created_at on company (created_at, id);
create index ix_company_updated_at on company (updated_at, id);

create table company_alias (
    company_id  uuid not null,
    list_index  integer not null,
    alias       varchar(200) not null,
    primary key (company_id, list_index),
    constraint fk_company_alias_company foreign key (company_id) references company (id)
);

create table company_listing (
    company_id  uuid not null,
    list_index  integer not null,
    exchange    varchar(100) not null,
    mic         varchar(4),
    ticker      varchar(20) not null,
    primary key (company_id, list_index),
    constraint fk_company_listing_company foreign key (company_id) references company (id)
);
create index ix_company_listing_ticker on company_listing (ticker);

create table product_candidate (
    id                   uuid primary key,
    version              bigint not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    name                 varchar(200) not null,
    inn                  varchar(200),
    owner_id             uuid not null,
    modality             varchar(40) not null,
    mechanism_of_action  varchar(1000),
    status               varchar(20) not null,
    description          varchar(2000),
    constraint uk_product_candidate__name unique (name),
    constraint fk_product_candidate_owner foreign key (owner_id) references company (id)
);
create index ix_product_candidate_owner on product_candidate (owner_id, id);
create index ix_product_candidate_status on product_candidate (status, id);
create index ix_product_candidate_modality on product_candidate (modality, id);
create index ix_product_candidate_inn on product_candidate (inn, id);
create index ix_product_candidate_created_at on product_candidate (created_at, id);
create index ix_product_candidate_updated_at on product_candidate (updated_at, id);

create table product_candidate_code (
    product_candidate_id  uuid not null,
    list_index            integer not null,
    code                  varchar(50) not null,
    primary key (product_candidate_id, list_index),
    constraint fk_product_candidate_code_product foreign key (product_candidate_id) references product_candidate (id)
);
create index ix_product_candidate_code_code on product_candidate_code (code);

create table product_candidate_area (
    product_candidate_id  uuid not null,
    list_index            integer not null,
    area                  varchar(100) not null,
    primary key (product_candidate_id, list_index),
    constraint fk_product_candidate_area_product foreign key (product_candidate_id) references product_candidate (id)
);
create index ix_product_candidate_area_area on product_candidate_area (area);

create table product_candidate_partner (
    product_candidate_id  uuid not null,
    list_index            integer not null,
    company_id            uuid not null,
    role                  varchar(200),
    primary key (product_candidate_id, list_index),
    constraint fk_product_candidate_partner_product foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_product_candidate_partner_company foreign key (company_id) references company (id)
);
create index ix_product_candidate_partner_company on product_candidate_partner (company_id);

create table indication (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    product_candidate_id  uuid not null,
    disease_label         varchar(300) not null,
    mesh_id               varchar(20),
    icd10_code            varchar(20),
    efo_id                varchar(40),
    setting               varchar(500),
    phase                 varchar(20) not null,
    development_status    varchar(20) not null,
    notes                 varchar(2000),
    constraint fk_indication_product foreign key (product_candidate_id) references product_candidate (id)
);
create index ix_indication_product on indication (product_candidate_id, phase);
create index ix_indication_phase on indication (phase, id);
create index ix_indication_status on indication (development_status, id);
create index ix_indication_mesh on indication (mesh_id);
create index ix_indication_icd10 on indication (icd10_code);
create index ix_indication_efo on indication (efo_id);
create index ix_indication_disease_label on indication (disease_label, id);
create index ix_indication_created_at on indication (created_at, id);
create index ix_indication_updated_at on indication (updated_at, id);

create table indication_combination (
    indication_id  uuid not null,
    list_index     integer not null,
    partner        varchar(200) not null,
    primary key (indication_id, list_index),
    constraint fk_indication_combination_indication foreign key (indication_id) references indication (id)
);

create table indication_region (
    indication_id  uuid not null,
    list_index     integer not null,
    region         varchar(3) not null,
    primary key (indication_id, list_index),
    constraint fk_indication_region_indication foreign key (indication_id) references indication (id)
);
create index ix_indication_region_region on indication_region (region);

create table orphan_designation (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    agency                varchar(20) not null,
    region                varchar(3) not null,
    designation_number    varchar(40),
    designated_condition  varchar(500) not null,
    product_candidate_id  uuid not null,
    indication_id         uuid,
    sponsor_id            uuid,
    designation_date      date,
    status                varchar(20) not null,
    notes                 varchar(2000),
    constraint uk_orphan_designation__designation_number unique (designation_number),
    constraint fk_orphan_designation_product foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_orphan_designation_indication foreign key (indication_id) references indication (id),
    constraint fk_orphan_designation_sponsor foreign key (sponsor_id) references company (id)
);
create index ix_orphan_designation_product on orphan_designation (product_candidate_id, designation_date);
create index ix_orphan_designation_indication on orphan_designation (indication_id);
create index ix_orphan_designation_sponsor on orphan_designation (sponsor_id);
create index ix_orphan_designation_agency on orphan_designation (agency, id);
create index ix_orphan_designation_region on orphan_designation (region, id);
create index ix_orphan_designation_status on orphan_designation (status, id);
create index ix_orphan_designation_date on orphan_designation (designation_date, id);
create index ix_orphan_designation_created_at on orphan_designation (created_at, id);
create index ix_orphan_designation_updated_at on orphan_designation (updated_at, id);

create table regulatory_event (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    product_candidate_id  uuid not null,
    indication_id         uuid,
    agency                varchar(20) not null,
    procedure_name        varchar(300),
    type                  varchar(40) not null,
    outcome               varchar(20) not null,
    event_date            date not null,
    date_precision        varchar(10) not null,
    expected              boolean not null,
    description           varchar(2000) not null,
    constraint fk_regulatory_event_product foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_regulatory_event_indication foreign key (indication_id) references indication (id)
);
create index ix_regulatory_event_date on regulatory_event (event_date, id);
create index ix_regulatory_event_product on regulatory_event (product_candidate_id, event_date, id);
create index ix_regulatory_event_indication on regulatory_event (indication_id);
create index ix_regulatory_event_agency on regulatory_event (agency, event_date, id);
create index ix_regulatory_event_type on regulatory_event (type, event_date, id);
create index ix_regulatory_event_outcome on regulatory_event (outcome, event_date, id);
create index ix_regulatory_event_expected on regulatory_event (expected, event_date, id);
create index ix_regulatory_event_created_at on regulatory_event (created_at, id);
create index ix_regulatory_event_updated_at on regulatory_event (updated_at, id);

create table market_estimate (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    product_candidate_id  uuid,
    indication_id         uuid,
    metric                varchar(40) not null,
    region                varchar(3) not null,
    amount                numeric(20, 4) not null,
    amount_high           numeric(20, 4),
    qualifier             varchar(10) not null,
    currency              varchar(3),
    unit                  varchar(40),
    period                varchar(20) not null,
    stated_on             date not null,
    basis                 varchar(1000),
    constraint fk_market_estimate_product foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_market_estimate_indication foreign key (indication_id) references indication (id)
);
create index ix_market_estimate_product on market_estimate (product_candidate_id, stated_on);
create index ix_market_estimate_indication on market_estimate (indication_id, stated_on);
create index ix_market_estimate_metric on market_estimate (metric, stated_on, id);
create index ix_market_estimate_region on market_estimate (region, stated_on, id);
create index ix_market_estimate_stated_on on market_estimate (stated_on, id);
create index ix_market_estimate_amount on market_estimate (amount, id);
create index ix_market_estimate_currency on market_estimate (currency, stated_on, id);
create index ix_market_estimate_created_at on market_estimate (created_at, id);
create index ix_market_estimate_updated_at on market_estimate (updated_at, id);

create table clinical_trial (
    id                    uuid primary key,
    version               bigint not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    product_candidate_id  uuid not null,
    indication_id         uuid,
    title                 varchar(500) not null,
    registry_id           varchar(40),
    phase                 varchar(20) not null,
    status                varchar(30) not null,
    design                varchar(1000),
    enrollment            integer,
    country_count         integer,
    primary_endpoint      varchar(500),
    primary_endpoint_met  boolean,
    readout_date          date,
    readout_precision     varchar(10),
    publication           varchar(500),
    lead_investigator     varchar(300),
    constraint uk_clinical_trial__registry_id unique (registry_id),
    constraint fk_clinical_trial_product foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_clinical_trial_indication foreign key (indication_id) references indication (id)
);
create index ix_clinical_trial_product on clinical_trial (product_candidate_id, readout_date);
create index ix_clinical_trial_indication on clinical_trial (indication_id);
create index ix_clinical_trial_phase on clinical_trial (phase, id);
create index ix_clinical_trial_status on clinical_trial (status, id);
create index ix_clinical_trial_readout on clinical_trial (readout_date, id);
create index ix_clinical_trial_title on clinical_trial (title, id);
create index ix_clinical_trial_enrollment on clinical_trial (enrollment, id);
create index ix_clinical_trial_endpoint_met on clinical_trial (primary_endpoint_met, id);
create index ix_clinical_trial_created_at on clinical_trial (created_at, id);
create index ix_clinical_trial_updated_at on clinical_trial (updated_at, id);

create table clinical_trial_country (
    clinical_trial_id  uuid not null,
    list_index         integer not null,
    country            varchar(2) not null,
    primary key (clinical_trial_id, list_index),
    constraint fk_clinical_trial_country_trial foreign key (clinical_trial_id) references clinical_trial (id)
);

create table clinical_trial_result (
    clinical_trial_id  uuid not null,
    list_index         integer not null,
    population         varchar(300),
    endpoint           varchar(300) not null,
    effect             varchar(500),
    p_value            numeric(12, 10),
    description        varchar(1000),
    primary key (clinical_trial_id, list_index),
    constraint fk_clinical_trial_result_trial foreign key (clinical_trial_id) references clinical_trial (id)
);

create table company_citation (
    company_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (company_id, list_index),
    constraint fk_company_citation_owner foreign key (company_id) references company (id),
    constraint fk_company_citation_source foreign key (source_id) references source_document (id)
);
create index ix_company_citation_source on company_citation (source_id);

create table product_candidate_citation (
    product_candidate_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (product_candidate_id, list_index),
    constraint fk_product_candidate_citation_owner foreign key (product_candidate_id) references product_candidate (id),
    constraint fk_product_candidate_citation_source foreign key (source_id) references source_document (id)
);
create index ix_product_candidate_citation_source on product_candidate_citation (source_id);

create table indication_citation (
    indication_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (indication_id, list_index),
    constraint fk_indication_citation_owner foreign key (indication_id) references indication (id),
    constraint fk_indication_citation_source foreign key (source_id) references source_document (id)
);
create index ix_indication_citation_source on indication_citation (source_id);

create table orphan_designation_citation (
    orphan_designation_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (orphan_designation_id, list_index),
    constraint fk_orphan_designation_citation_owner foreign key (orphan_designation_id) references orphan_designation (id),
    constraint fk_orphan_designation_citation_source foreign key (source_id) references source_document (id)
);
create index ix_orphan_designation_citation_source on orphan_designation_citation (source_id);

create table regulatory_event_citation (
    regulatory_event_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (regulatory_event_id, list_index),
    constraint fk_regulatory_event_citation_owner foreign key (regulatory_event_id) references regulatory_event (id),
    constraint fk_regulatory_event_citation_source foreign key (source_id) references source_document (id)
);
create index ix_regulatory_event_citation_source on regulatory_event_citation (source_id);

create table market_estimate_citation (
    market_estimate_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (market_estimate_id, list_index),
    constraint fk_market_estimate_citation_owner foreign key (market_estimate_id) references market_estimate (id),
    constraint fk_market_estimate_citation_source foreign key (source_id) references source_document (id)
);
create index ix_market_estimate_citation_source on market_estimate_citation (source_id);

create table clinical_trial_citation (
    clinical_trial_id  uuid not null,
    list_index  integer not null,
    source_id   uuid not null,
    quote       varchar(2000) not null,
    locator     varchar(200),
    primary key (clinical_trial_id, list_index),
    constraint fk_clinical_trial_citation_owner foreign key (clinical_trial_id) references clinical_trial (id),
    constraint fk_clinical_trial_citation_source foreign key (source_id) references source_document (id)
);
create index ix_clinical_trial_citation_source on clinical_trial_citation (source_id);
