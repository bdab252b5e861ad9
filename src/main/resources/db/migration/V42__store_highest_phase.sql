-- Each candidate's highest phase, stored: the pipeline counts and lists candidates by it, and a
-- list sorts and filters on it, without visiting every indication of every candidate. The rank is
-- Phase's declaration order (0 = UNKNOWN, 8 = APPROVED); the service recomputes it in the
-- transaction of every indication write and of every imported batch. Portable SQL only.

alter table product_candidate add column highest_phase_rank integer default 0 not null;

update product_candidate set highest_phase_rank = coalesce(
    (select max(case i.phase
                    when 'PRECLINICAL' then 1 when 'PHASE_1' then 2 when 'PHASE_1_2' then 3
                    when 'PHASE_2' then 4 when 'PHASE_2_3' then 5 when 'PHASE_3' then 6
                    when 'FILED' then 7 when 'APPROVED' then 8 else 0 end)
       from indication i where i.product_candidate_id = product_candidate.id), 0);

-- A phase's column of the pipeline: counted, and its first candidates by name.
create index ix_product_candidate_phase on product_candidate (highest_phase_rank, name, id);
-- The same within one owner, the pipeline's commonest filter.
create index ix_product_candidate_owner_phase on product_candidate (owner_id, highest_phase_rank, name, id);
