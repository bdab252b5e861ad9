package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 3: dry run, abort and skip, each with the same bad rows, and the progress an import
 * reports while it runs.
 */
@QuarkusTest
@TestProfile(ImportProfile.class)
class ImportModesTest {

    private static final String TSV = "text/tab-separated-values";

    /**
     * Rows 2 and 5 are valid; row 3 names a date that does not exist, row 4 one that is no date,
     * row 6 repeats row 2.
     */
    private static byte[] fileWithBadRows(String tag) {
        return Registers.fdaRows(
                "modetest alpha "
                        + tag
                        + "\t3/4/15\tTreatment of mode disease A\tMode Pharma A "
                        + tag,
                "modetest beta "
                        + tag
                        + "\t2/30/15\tTreatment of mode disease B\tMode Pharma B "
                        + tag,
                "modetest gamma "
                        + tag
                        + "\t13/45/15\tTreatment of mode disease C\tMode Pharma C "
                        + tag,
                "modetest delta "
                        + tag
                        + "\t5/6/16\tTreatment of mode disease D\tMode Pharma D "
                        + tag,
                "modetest alpha "
                        + tag
                        + "\t3/4/15\tTreatment of mode disease A\tMode Pharma A "
                        + tag);
    }

    private static int companiesNamed(String text) {
        return given().queryParam("q", text)
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    private static void assertTheThreeBadRowsAreReported(JsonPath run) {
        JsonPath problems = Uploads.problems("/api/v1/imports/" + run.getString("id"));
        List<Integer> rows = problems.getList("items.findAll { it.severity == 'ERROR' }.row");
        assertEquals(List.of(3, 4, 6), rows, problems.prettify());
        assertEquals(
                "2/30/15 is not a date that exists",
                problems.getString("items.find { it.row == 3 }.violations[0].message"));
        assertEquals(
                "Designation Date",
                problems.getString("items.find { it.row == 4 }.violations[0].field"));
        assertTrue(
                problems.getString("items.find { it.row == 6 }.detail").contains("repeats row 2"),
                problems.prettify());
        assertEquals(
                "urn:pipeline:problem:validation-error",
                problems.getString("items.find { it.row == 3 }.type"));
    }

    @Test
    void shouldCheckEveryRowInADryRunAndStoreNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);

        JsonPath run =
                Uploads.imported(
                        "format=fda-orphan&dryRun=true&onError=skip", TSV, fileWithBadRows(tag));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertTrue(run.getBoolean("dryRun"));
        assertEquals(5, run.getInt("rows.read"));
        assertEquals(2, run.getInt("rows.created"), "what an import would create");
        assertEquals(3, run.getInt("rows.rejected"));
        assertNull(run.get("source"), "a dry run creates no source document");
        assertTheThreeBadRowsAreReported(run);
        assertEquals(0, companiesNamed("Mode Pharma A " + tag));
        assertEquals(0, companiesNamed("Mode Pharma D " + tag));
    }

    @Test
    void shouldImportNothingWhenARowIsRejectedWithOnErrorAbort() {
        String tag = UUID.randomUUID().toString().substring(0, 8);

        JsonPath run = Uploads.imported("format=fda-orphan", TSV, fileWithBadRows(tag));

        assertEquals("FAILED", run.getString("state"), Uploads.describe(run));
        assertEquals("abort", run.getString("onError"));
        assertEquals(3, run.getInt("rows.rejected"));
        assertEquals(0, run.getInt("rows.created"));
        assertTrue(
                run.getString("failure").contains("3 rows were rejected"),
                run.getString("failure"));
        assertTheThreeBadRowsAreReported(run);
        assertEquals(0, companiesNamed("Mode Pharma A " + tag));
        assertEquals(0, companiesNamed("Mode Pharma D " + tag));
    }

    @Test
    void shouldImportTheValidRowsAndReportTheRejectedOnesWithOnErrorSkip() {
        String tag = UUID.randomUUID().toString().substring(0, 8);

        JsonPath run =
                Uploads.imported("format=fda-orphan&onError=skip", TSV, fileWithBadRows(tag));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(2, run.getInt("rows.created"));
        assertEquals(3, run.getInt("rows.rejected"));
        assertTheThreeBadRowsAreReported(run);
        assertEquals(1, companiesNamed("Mode Pharma A " + tag));
        assertEquals(1, companiesNamed("Mode Pharma D " + tag));
        assertEquals(0, companiesNamed("Mode Pharma B " + tag));
        assertEquals(0, companiesNamed("Mode Pharma C " + tag));
        given().queryParam("condition", "mode disease A")
                .queryParam("agency", "FDA")
                .when()
                .get("/api/v1/orphan-designations")
                .then()
                .body(
                        "items.find { it.designatedProduct == 'modetest alpha "
                                + tag
                                + "' }.designationDate",
                        equalTo("2015-03-04"))
                .body(
                        "items.find { it.designatedProduct == 'modetest alpha "
                                + tag
                                + "' }.citations[0].locator",
                        equalTo("row 2"))
                .body(
                        "items.find { it.designatedProduct == 'modetest alpha "
                                + tag
                                + "' }.citations[0].quote",
                        containsString("Generic Name: modetest alpha"));
    }

    @Test
    void shouldReportProgressWhileItRunsAndTheFiguresWhenItEnds() {
        StringBuilder file = new StringBuilder();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 1500; i++) {
            file.append(
                    "{\"collection\": \"companies\", \"name\": \"Progress Pharma %s %d\"}\n"
                            .formatted(tag, i));
        }
        String path =
                Uploads.upload(
                        "",
                        "application/x-ndjson",
                        file.toString().getBytes(StandardCharsets.UTF_8));

        List<String> seen = new ArrayList<>();
        JsonPath run;
        do {
            run = given().when().get(path).then().statusCode(200).extract().jsonPath();
            seen.add(
                    run.getString("state")
                            + " "
                            + run.getString("rows.read")
                            + "/"
                            + run.getString("rows.total"));
        } while (!List.of("SUCCEEDED", "FAILED").contains(run.getString("state")));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(1500, run.getInt("rows.created"));
        assertEquals(1500, run.getInt("records.find { it.collection == 'companies' }.created"));
        assertTrue(
                seen.stream()
                        .anyMatch(
                                s ->
                                        s.matches("RUNNING (\\d+)/1500")
                                                && !s.startsWith("RUNNING 0/")
                                                && !s.equals("RUNNING 1500/1500")),
                "an import reports how far it has got: " + seen);
        assertTrue(run.getString("startedAt").compareTo(run.getString("createdAt")) >= 0);
        assertTrue(run.getString("finishedAt").compareTo(run.getString("startedAt")) >= 0);
        assertEquals("test-admin", run.getString("createdBy"));
        given().when()
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(run.getString("id")));
    }
}
