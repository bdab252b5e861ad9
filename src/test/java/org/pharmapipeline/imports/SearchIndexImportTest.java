package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Imported records are in the search index as soon as their import has committed, and with
 * thousands of records a search still costs three statements (the count, the page, and the texts of
 * the page's hits) that look its words up in the index rather than reading every record.
 */
@QuarkusTest
@TestProfile(ImportProfile.class)
class SearchIndexImportTest {

    private static final String NDJSON = "application/x-ndjson";

    static final int COMPANIES = 2000;

    @Inject SessionFactory sessionFactory;

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldFindImportedRecordsWithSearchesOfThreeStatementsThatUseTheIndex()
            throws SQLException {
        String tag = "scale" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < COMPANIES; i++) {
            file.append(
                    """
                    {"collection": "companies", "name": "%s Pharma %d", "country": "SE"}
                    """
                            .formatted(tag, i));
        }
        file.append(
                """
                {"collection": "product-candidates", "name": "%s Oral", "modality": "SMALL_MOLECULE", "status": "ACTIVE", "researchCodes": ["QLT-1042"]}
                """
                        .formatted(tag));

        JsonPath run =
                Uploads.imported(
                        "onError=skip", NDJSON, file.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(COMPANIES + 1, run.getInt("rows.created"), Uploads.describe(run));
        long one = statementsFor(tag + " pharma 1234", 1);
        long many = statementsFor(tag, 20);
        // the count, the page of hits, and the texts of the page's records
        assertEquals(3, one, "statements of a search with one hit");
        assertEquals(3, many, "statements of a search with " + (COMPANIES + 1) + " hits");
        given().queryParam("q", tag + " pharma 1234")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].type", equalTo("COMPANY"))
                .body("items[0].title", equalTo(tag + " Pharma 1234"))
                .body("items[0].snippet", equalTo("«" + tag + "» «Pharma» «1234»"));
        given().queryParam("q", "qlt1042")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.title", equalTo(java.util.List.of(tag + " Oral")));
        String plan = plan("select record_id from search_term where term = '" + tag + "'");
        assertFalse(
                plan.toLowerCase(Locale.ROOT).contains("tablescan")
                        || plan.toLowerCase(Locale.ROOT).contains("seq scan"),
                plan);
        assertTrue(
                plan.toLowerCase(Locale.ROOT).contains("primary_key")
                        || plan.contains("search_term_pkey"),
                plan);
    }

    private long statementsFor(String q, int items) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("q", q)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(items));
        return statistics.getPrepareStatementCount();
    }

    /** The database's plan of a query, after it has gathered statistics where it needs them. */
    private String plan(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean postgresql =
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgresql) {
                statement.execute("analyze search_term");
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
