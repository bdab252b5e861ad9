-- Who created each record and who changed it last: the subject of the writer's token, or "seed"
-- for the bundled dataset. Null for records written before this migration. Portable SQL only.

alter table source_document add column created_by varchar(200);
alter table source_document add column updated_by varchar(200);

alter table company add column created_by varchar(200);
alter table company add column updated_by varchar(200);

alter table product_candidate add column created_by varchar(200);
alter table product_candidate add column updated_by varchar(200);

alter table indication add column created_by varchar(200);
alter table indication add column updated_by varchar(200);

alter table orphan_designation add column created_by varchar(200);
alter table orphan_designation add column updated_by varchar(200);

alter table regulatory_event add column created_by varchar(200);
alter table regulatory_event add column updated_by varchar(200);

alter table market_estimate add column created_by varchar(200);
alter table market_estimate add column updated_by varchar(200);

alter table clinical_trial add column created_by varchar(200);
alter table clinical_trial add column updated_by varchar(200);
