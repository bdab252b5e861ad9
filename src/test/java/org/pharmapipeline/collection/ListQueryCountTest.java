package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.TestIds;

/**
 * A list page costs a fixed number of SQL statements whatever its size: the count, the page, and
 * one query per reference or element collection its records show, never one per record.
 */
@QuarkusTest
class ListQueryCountTest {

    /** Count, page, and at most one batch per association a response shows. */
    static final int MAX_STATEMENTS_PER_PAGE = 8;

    static final int RECORDS = 55;

    @Inject SessionFactory sessionFactory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pharmapipeline.collection.CollectionContractTest#collections")
    void shouldLoadAPageOf50InAsManyStatementsAsAPageOf5(ContractSample c) {
        String path = "/api/v1/" + c.path();
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < RECORDS; i++) {
                created.add(
                        given().contentType(ContentType.JSON)
                                .body(c.freshBody())
                                .post(path)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
            }
            long small = statementsFor(path + "?size=5", 5);
            long large = statementsFor(path + "?size=50", 50);
            assertEquals(small, large, "statements for a page of 5 and a page of 50");
            assertTrue(
                    large <= MAX_STATEMENTS_PER_PAGE, "a page of 50 took " + large + " statements");
            String cursor = given().get(path + "?size=50&sort=-createdAt").path("nextCursor");
            long continued = statementsFor(path + "?size=50&sort=-createdAt&cursor=" + cursor, 5);
            assertTrue(
                    continued <= MAX_STATEMENTS_PER_PAGE,
                    "a cursor page took " + continued + " statements");
        } finally {
            created.forEach(id -> TemporaryRecords.delete(path, id));
        }
    }

    /**
     * The candidate with its owner, then one statement for each collection it shows (research
     * codes, therapeutic areas, flags, partners, citations) and one for the partners' companies: no
     * statement joins two collections, so no row is the product of two.
     */
    static final int STATEMENTS_PER_CANDIDATE = 7;

    @Test
    void shouldReadAProductCandidateWithOneStatementPerCollectionItShows() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get("/api/v1/product-candidates/" + TestIds.AZIXA)
                .then()
                .statusCode(200)
                .body("owner.name", equalTo("Myriad Genetics, Inc."))
                .body("partners[0].company.id", equalTo(TestIds.EPICEPT))
                .body("partners[0].company.name", equalTo("EpiCept Corporation"))
                .body("citations.size()", equalTo(2))
                .body("researchCodes", empty());
        assertEquals(STATEMENTS_PER_CANDIDATE, statistics.getPrepareStatementCount());
        assertEquals(5, statistics.getCollectionFetchCount(), "one fetch per collection");
        statistics.clear();
        given().get("/api/v1/product-candidates/" + TestIds.CEPLENE)
                .then()
                .statusCode(200)
                .body("therapeuticAreas", contains("Oncology"))
                .body("citations.size()", equalTo(5))
                .body("citations[4].locator", equalTo("About Ceplene"))
                .body("highestPhase", equalTo("FILED"));
        assertTrue(
                statistics.getPrepareStatementCount() <= STATEMENTS_PER_CANDIDATE,
                "Ceplene took " + statistics.getPrepareStatementCount() + " statements");
    }

    private long statementsFor(String url, int atLeast) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Object> items = given().get(url).then().statusCode(200).extract().path("items");
        assertTrue(items.size() >= atLeast, url + " returned " + items.size() + " items");
        return statistics.getPrepareStatementCount();
    }
}
