package org.pharmapipeline.collection;

import java.util.UUID;

/**
 * The kinds of stored record, with what cross-kind views (search, a source's citations) need of
 * each: its entity name, collection path and the JPQL of its display title and subtitle (alias e).
 */
public enum RecordKind {
    PRODUCT_CANDIDATE("ProductCandidate", "product-candidates", "e.name", "e.inn"),
    COMPANY("Company", "companies", "e.name", "e.headquarters"),
    INDICATION("Indication", "indications", "e.diseaseLabel", "e.product.name"),
    ORPHAN_DESIGNATION(
            "OrphanDesignation", "orphan-designations", "e.designatedCondition", "e.product.name"),
    REGULATORY_EVENT("RegulatoryEvent", "regulatory-events", "e.description", "e.product.name"),
    CLINICAL_TRIAL("ClinicalTrial", "clinical-trials", "e.title", "e.product.name"),
    MARKET_ESTIMATE("MarketEstimate", "market-estimates", "e.basis", "e.region"),
    SOURCE("SourceDocument", "sources", "e.title", "e.publisher");

    public final String entity;
    public final String collection;
    public final String title;
    public final String subtitle;

    RecordKind(String entity, String collection, String title, String subtitle) {
        this.entity = entity;
        this.collection = collection;
        this.title = title;
        this.subtitle = subtitle;
    }

    public String href(UUID id) {
        return "/api/v1/" + collection + "/" + id;
    }
}
