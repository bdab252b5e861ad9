package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Acceptance 1 and 2 (FDA): the real FDA export, imported twice. */
@QuarkusTest
@TestProfile(ImportProfile.class)
class FdaOrphanImportTest {

    private static final String TSV = "text/tab-separated-values";
    private static final String QUERY = "format=fda-orphan&fileName=" + Registers.FDA_FILE;

    @Inject EntityManager em;

    @Test
    void shouldImportTheFdaExportCitingEveryRowAndChangeNothingTheSecondTime() {
        JsonPath first = Uploads.imported(QUERY, TSV, Registers.fdaFile());

        assertEquals("SUCCEEDED", first.getString("state"), Uploads.describe(first));
        assertEquals(4036, first.getInt("rows.total"));
        assertEquals(4036, first.getInt("rows.read"));
        assertEquals(0, first.getInt("rows.rejected"));
        assertEquals("2017-02-01", first.getString("asOf"));
        UUID source = UUID.fromString(first.getString("source.id"));
        given().when()
                .get("/api/v1/sources/" + source)
                .then()
                .statusCode(200)
                .body("type", equalTo("REGISTER_EXPORT"))
                .body("publisher", equalTo("U.S. FDA Office of Orphan Products Development"))
                .body("publishedOn", equalTo("2017-02-01"))
                .body("contentHash", equalTo(first.getString("checksum")));

        // Every one of the 4,036 rows is cited, by row number, by the designation it states; 40
        // rows repeat a designation of an earlier row with a further approval of it.
        assertEquals(
                4036L,
                count(
                        "select count(distinct c.locator) from OrphanDesignation d join d.citations c where c.sourceId = ?1",
                        source));
        assertEquals(
                4036L,
                count(
                        "select count(c) from OrphanDesignation d join d.citations c where c.sourceId = ?1",
                        source));
        assertEquals(
                3996L,
                count(
                        "select count(d) from OrphanDesignation d where d.agency = org.pharmapipeline.orphandesignation.OrphanAgency.FDA"));

        // Ceplene's designation joins the bundled candidate and company: no duplicates.
        given().queryParam("product", CEPLENE)
                .queryParam("agency", "FDA")
                .when()
                .get("/api/v1/orphan-designations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].designationDate", equalTo("1999-12-15"))
                .body(
                        "items[0].designatedCondition",
                        equalTo(
                                "Adjunct to cytokine therapy in the treatment of acute myeloid leukemia."))
                .body("items[0].sponsor.id", equalTo(EPICEPT))
                .body("items[0].status", equalTo("DESIGNATED"))
                .body("items[0].registerStatus", equalTo("Designated"))
                .body("items[0].citations", hasSize(1))
                .body("items[0].citations[0].sourceId", equalTo(source.toString()))
                .body("items[0].citations[0].locator", equalTo("row " + Registers.FDA_CEPLENE_ROW))
                .body("items[0].citations[0].quote", containsString("Trade Name: Ceplene"));
        given().queryParam("q", "ceplene")
                .when()
                .get("/api/v1/product-candidates")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CEPLENE));
        // The EMA's medicines report, when imported first, adds EpiCept GmbH (its EU marketing
        // authorisation holder), another company: only one EpiCept Corporation, the bundled one.
        given().queryParam("q", "epicept")
                .when()
                .get("/api/v1/companies")
                .then()
                .body("items.findAll { it.name == 'EpiCept Corporation' }.id", contains(EPICEPT))
                .body(
                        "items.find { it.id == '" + EPICEPT + "' }.address",
                        equalTo("777 Old Saw Mill River Road, Tarrytown, New York 10591, USA"))
                .body(
                        "items.find { it.id == '" + EPICEPT + "' }.headquarters",
                        equalTo("Tarrytown, New York"))
                // EpiCept's first row in the file (its Maxamine designation, row 1775) gave the
                // address it lacked.
                .body(
                        "items.find { it.id == '" + EPICEPT + "' }.citations.locator",
                        hasItem("row 1775"));

        // An approval: Acetadote, approved 2004-01-23, exclusive until 2011-01-23.
        String acetadote =
                given().queryParam("q", "Acetadote")
                        .when()
                        .get("/api/v1/product-candidates")
                        .then()
                        .extract()
                        .path("items.find { it.name == 'Acetadote' }.id");
        given().queryParam("product", acetadote)
                .queryParam("type", "APPROVAL")
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].agency", equalTo("FDA"))
                .body("items[0].outcome", equalTo("POSITIVE"))
                .body("items[0].date", equalTo("2004-01-23"))
                .body("items[0].exclusivityEndDate", equalTo("2011-01-23"));

        Instant between = Instant.now();
        JsonPath second = Uploads.imported(QUERY, TSV, Registers.fdaFile());

        assertEquals("SUCCEEDED", second.getString("state"), Uploads.describe(second));
        assertEquals(4036, second.getInt("rows.unchanged"), Uploads.describe(second));
        assertEquals(0, second.getInt("rows.created"));
        assertEquals(0, second.getInt("rows.updated"));
        assertEquals(List.of(), second.getList("records"));
        assertEquals(source.toString(), second.getString("source.id"));
        for (String entity :
                List.of(
                        "Company",
                        "ProductCandidate",
                        "OrphanDesignation",
                        "RegulatoryEvent",
                        "SourceDocument")) {
            assertEquals(
                    0L,
                    count("select count(e) from " + entity + " e where e.updatedAt > ?1", between),
                    entity);
        }
    }

    private long count(String jpql, Object... params) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            var query = em.createQuery(jpql, Long.class);
                            for (int i = 0; i < params.length; i++) {
                                query.setParameter(i + 1, params[i]);
                            }
                            return query.getSingleResult();
                        });
    }
}
