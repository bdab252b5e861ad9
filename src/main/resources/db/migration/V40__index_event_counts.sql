-- Counts (GET /api/v1/{collection}/counts) group in one statement. Regulatory events, the largest
-- collection, are charted by agency and type together: an index on both lets the grouping read
-- the index alone. Counts by one of them, by outcome, by expected or by date use the indexes of
-- V1, which lead with those columns. Portable SQL only.

create index ix_regulatory_event_agency_type on regulatory_event (agency, type);
