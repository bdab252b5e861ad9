package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.clinicaltrial.ClinicalTrials;
import org.pharmapipeline.company.Companies;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.indication.Indications;
import org.pharmapipeline.marketestimate.MarketEstimates;
import org.pharmapipeline.orphandesignation.OrphanDesignations;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.productcandidate.ProductCandidates;
import org.pharmapipeline.regulatoryevent.RegulatoryEvents;
import org.pharmapipeline.source.Sources;

@Tag("plain")
class CollectionRegistryTest {

    static final List<CollectionDefinition<?, ?, ?>> BUNDLED =
            List.of(
                    Sources.COLLECTION,
                    Companies.COLLECTION,
                    ProductCandidates.COLLECTION,
                    Indications.COLLECTION,
                    OrphanDesignations.COLLECTION,
                    RegulatoryEvents.COLLECTION,
                    MarketEstimates.COLLECTION,
                    ClinicalTrials.COLLECTION);

    @Test
    void shouldOrderTheCollectionsAfterWhatTheyReferToWhateverOrderTheyCameIn() {
        for (long seed = 0; seed < 20; seed++) {
            List<CollectionDefinition<?, ?, ?>> shuffled = new ArrayList<>(BUNDLED);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(
                    List.of(
                            "sources",
                            "companies",
                            "product-candidates",
                            "indications",
                            "orphan-designations",
                            "regulatory-events",
                            "market-estimates",
                            "clinical-trials"),
                    names(new CollectionRegistry(shuffled).all()));
        }
    }

    @Test
    void shouldRankKindsForSearchByTheirOwnOrder() {
        assertEquals(
                List.of(
                        "PRODUCT_CANDIDATE",
                        "COMPANY",
                        "INDICATION",
                        "ORPHAN_DESIGNATION",
                        "REGULATORY_EVENT",
                        "CLINICAL_TRIAL",
                        "MARKET_ESTIMATE",
                        "SOURCE"),
                new CollectionRegistry(BUNDLED)
                        .byKind().stream().map(c -> c.kind().name()).toList());
    }

    @Test
    void shouldFindWhatRefersToARecordAndThroughWhichAttribute() {
        CollectionRegistry registry = new CollectionRegistry(BUNDLED);
        assertEquals(
                List.of(
                        "orphan-designations.indication",
                        "regulatory-events.indication",
                        "market-estimates.indication",
                        "clinical-trials.indication"),
                registry.referring(Indication.class).stream()
                        .map(r -> r.collection().name() + "." + r.attribute())
                        .toList());
        assertEquals("product", Indications.COLLECTION.referenceTo(ProductCandidate.class));
        assertEquals(Sources.COLLECTION, registry.citable().orElseThrow());
        assertEquals(Indications.COLLECTION, registry.of(Indication.class));
        assertEquals(Indications.COLLECTION, registry.kind("INDICATION").orElseThrow());
        assertTrue(registry.kind("indication").isEmpty());
    }

    @Test
    void shouldRefuseACollectionThatRefersToNoRegisteredOne() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> new CollectionRegistry(List.of(Indications.COLLECTION)));
        assertEquals(
                "indications refers to ProductCandidate, which no registered collection holds",
                e.getMessage());
    }

    @Test
    void shouldRefuseTwoCollectionsOfOneName() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                new CollectionRegistry(
                                        List.of(Sources.COLLECTION, Sources.COLLECTION)));
        assertEquals("Two collections are declared with the name sources", e.getMessage());
    }

    /** Two records that refer to each other, for the cycle check. */
    static class Egg extends BaseEntity {}

    static class Hen extends BaseEntity {}

    record Body(UUID id, long version) implements Versioned {}

    abstract static class EggService extends CrudService<Egg, Body, Body> {
        EggService() {
            super(null, null, null, null);
        }
    }

    abstract static class HenService extends CrudService<Hen, Body, Body> {
        HenService() {
            super(null, null, null, null);
        }
    }

    @Test
    void shouldRefuseCollectionsThatReferToEachOtherInACycle() {
        CollectionDefinition<Egg, Body, Body> eggs =
                CollectionDefinition.builder("eggs", Egg.class, Body.class, Body.class)
                        .service(EggService.class)
                        .noun("egg")
                        .description("Eggs.")
                        .display("e.id", "e.id")
                        .references("hen", Hen.class)
                        .build();
        CollectionDefinition<Hen, Body, Body> hens =
                CollectionDefinition.builder("hens", Hen.class, Body.class, Body.class)
                        .service(HenService.class)
                        .noun("hen")
                        .description("Hens.")
                        .display("e.id", "e.id")
                        .references("egg", Egg.class)
                        .build();
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> new CollectionRegistry(List.of(eggs, hens)));
        assertEquals(
                "The collections refer to each other in a cycle: [eggs, hens]", e.getMessage());
    }

    @Test
    void shouldDeriveNamesFromTheCollectionsName() {
        CollectionDefinition<?, ?, ?> events = RegulatoryEvents.COLLECTION;
        assertEquals("/api/v1/regulatory-events", events.path());
        assertEquals("Regulatory events", events.tag());
        assertEquals("regulatoryEvents", events.datasetSection());
        assertEquals(new RecordKind("REGULATORY_EVENT"), events.kind());
        assertEquals(new RecordKind("COMPANY"), RecordKind.of("companies"));
        assertEquals(
                "Submissions, opinions, votes and decisions, past and expected. Each date carries"
                        + " the precision it is known to.",
                events.tagDescription());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        CollectionDefinition.builder("Eggs", Egg.class, Body.class, Body.class)
                                .service(EggService.class)
                                .noun("egg")
                                .description("Eggs.")
                                .display("e.id", "e.id")
                                .build());
    }

    private static List<String> names(List<CollectionDefinition<?, ?, ?>> collections) {
        return collections.stream().map(CollectionDefinition::name).toList();
    }
}
