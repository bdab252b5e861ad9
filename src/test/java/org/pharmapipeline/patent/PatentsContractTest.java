package org.pharmapipeline.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.collection.CollectionContractTest;
import org.pharmapipeline.collection.ContractSample;

/**
 * The HTTP contract every collection shares, run against the patents: the shared test takes its
 * collections from the registry, so with the patents registered they are among them, with no change
 * to the test. The other collections pass the same tests in every build, so only the patents run
 * here.
 */
@QuarkusTest
@TestProfile(PatentsRegistered.class)
class PatentsContractTest extends CollectionContractTest {

    public static Stream<ContractSample> collections() {
        return CollectionContractTest.collections().filter(c -> c.path().equals("patents"));
    }

    public static Stream<ContractSample> collectionsWithEnums() {
        return collections().filter(c -> c.enumField() != null);
    }

    @Test
    void shouldTakeThePatentsAmongTheCollectionsOfTheSharedTest() {
        List<String> shared = CollectionContractTest.collections().map(c -> c.path()).toList();
        assertEquals(
                List.of(
                        "sources",
                        "companies",
                        "product-candidates",
                        "indications",
                        "orphan-designations",
                        "regulatory-events",
                        "market-estimates",
                        "clinical-trials",
                        "patents"),
                shared);
    }
}
