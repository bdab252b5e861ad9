package org.pharmapipeline.collection;

import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;

import jakarta.enterprise.inject.Produces;
import java.util.Map;

/** The samples of the bundled collections for the tests every collection shares. */
final class ContractSamples {

    @Produces
    static final ContractSample SOURCES =
            new ContractSample(
                    "sources",
                    SOURCE_2006_MAA_FILING,
                    Map.of(
                            "type",
                            "PUBLICATION",
                            "title",
                            "Contract test publication",
                            "publishedOn",
                            "2006-07-01"),
                    "title",
                    "Contract test publication, revised",
                    "type");

    @Produces
    static final ContractSample COMPANIES =
            new ContractSample(
                    "companies",
                    EPICEPT,
                    Map.of(
                            "name",
                            "Contract Test Pharma",
                            "country",
                            "SE",
                            "citations",
                            ContractSample.CITED),
                    "headquarters",
                    "Stockholm",
                    null);

    @Produces
    static final ContractSample PRODUCT_CANDIDATES =
            new ContractSample(
                    "product-candidates",
                    CEPLENE,
                    Map.of(
                            "name",
                            "Contract-101",
                            "ownerId",
                            EPICEPT,
                            "modality",
                            "SMALL_MOLECULE",
                            "status",
                            "ACTIVE",
                            "citations",
                            ContractSample.CITED),
                    "inn",
                    "contractamab",
                    "modality");

    @Produces
    static final ContractSample INDICATIONS =
            new ContractSample(
                    "indications",
                    AML,
                    Map.of(
                            "productId",
                            CEPLENE,
                            "diseaseLabel",
                            "Myelodysplastic" + " syndrome",
                            "phase",
                            "PHASE_2",
                            "developmentStatus",
                            "ACTIVE",
                            "citations",
                            ContractSample.CITED),
                    "setting",
                    "Second line",
                    "phase");

    @Produces
    static final ContractSample ORPHAN_DESIGNATIONS =
            new ContractSample(
                    "orphan-designations",
                    "3f6c2a7e-0c1d-4a55-9a10-000000000401",
                    Map.of(
                            "agency",
                            "FDA",
                            "designatedCondition",
                            "Treatment of AML",
                            "productId",
                            CEPLENE,
                            "status",
                            "DESIGNATED",
                            "citations",
                            ContractSample.CITED),
                    "designationNumber",
                    "05-2109",
                    "agency");

    @Produces
    static final ContractSample REGULATORY_EVENTS =
            new ContractSample(
                    "regulatory-events",
                    "3f6c2a7e-0c1d-4a55-9a10-000000000503",
                    Map.of(
                            "productId",
                            CEPLENE,
                            "agency",
                            "FDA",
                            "type",
                            "NDA_SUBMITTED",
                            "outcome",
                            "PENDING",
                            "date",
                            "2009-01-01",
                            "datePrecision",
                            "QUARTER",
                            "expected",
                            true,
                            "description",
                            "Contract test NDA",
                            "citations",
                            ContractSample.CITED),
                    "procedure",
                    "NDA",
                    "type");

    @Produces
    static final ContractSample MARKET_ESTIMATES =
            new ContractSample(
                    "market-estimates",
                    "3f6c2a7e-0c1d-4a55-9a10-000000000601",
                    Map.of(
                            "productId",
                            CEPLENE,
                            "metric",
                            "PEAK_SALES",
                            "region",
                            "US",
                            "value",
                            125000000,
                            "qualifier",
                            "APPROX",
                            "currency",
                            "USD",
                            "period",
                            "ANNUAL",
                            "statedOn",
                            "2007-05-01",
                            "citations",
                            ContractSample.CITED),
                    "basis",
                    "Contract test basis",
                    "metric");

    @Produces
    static final ContractSample CLINICAL_TRIALS =
            new ContractSample(
                    "clinical-trials",
                    "3f6c2a7e-0c1d-4a55-9a10-000000000701",
                    Map.of(
                            "productId",
                            CEPLENE,
                            "indicationId",
                            AML,
                            "title",
                            "Contract test trial",
                            "phase",
                            "PHASE_2",
                            "status",
                            "RECRUITING",
                            "citations",
                            ContractSample.CITED),
                    "enrollment",
                    40,
                    "status");

    ContractSamples() {}
}
