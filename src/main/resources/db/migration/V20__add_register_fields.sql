-- What the public registers (the FDA's orphan designations, the EMA's orphan register and its
-- medicines report) state beyond the press releases. Portable SQL only: the same script runs on H2
-- and PostgreSQL.

-- A sponsor's postal address, as the FDA register gives it.
alter table company add column address varchar(500);

-- Register products often have no known owner (the EMA's orphan register names no sponsor), and
-- the same generic name is developed by several companies: a name is unique per owner. The
-- constraint keeps its name, so a clash is still reported on the field "name". Generic names in
-- the FDA register run to 255 characters.
alter table product_candidate alter column owner_id drop not null;
alter table product_candidate drop constraint uk_product_candidate__name;
alter table product_candidate alter column name set data type varchar(300);
alter table product_candidate alter column inn set data type varchar(300);
alter table product_candidate add constraint uk_product_candidate__name unique (name, owner_id);

-- The EU's identifiers and classification of an authorised medicine.
alter table product_candidate add column ema_product_number varchar(20);
alter table product_candidate add column atc_code varchar(7);
alter table product_candidate add constraint uk_product_candidate__ema_product_number unique (ema_product_number);
create index ix_product_candidate_atc_code on product_candidate (atc_code, id);

-- Regulatory standing of the medicine (orphan, conditional, exceptional circumstances, ...).
create table product_candidate_flag (
    product_candidate_id  uuid not null,
    list_index            integer not null,
    flag                  varchar(40) not null,
    primary key (product_candidate_id, list_index),
    constraint fk_product_candidate_flag_product foreign key (product_candidate_id) references product_candidate (id)
);
create index ix_product_candidate_flag_flag on product_candidate_flag (flag);

-- The status in the register's own words ("Designated/Approved/Withdrawn"), beside the status
-- the service maps it to; and the product as the designation names it (the FDA designates a
-- generic name, a formulation, the EMA an active substance), which tells apart two designations
-- of one candidate for one condition on one day.
alter table orphan_designation add column register_status varchar(60);
alter table orphan_designation add column designated_product varchar(300);

-- The end of the marketing exclusivity an approval brings (FDA orphan exclusivity).
alter table regulatory_event add column exclusivity_end_date date;
