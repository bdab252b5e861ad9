package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Records in the API's own shape: NDJSON and CSV, on /imports and on a collection's path. */
@QuarkusTest
@TestProfile(ImportProfile.class)
class RecordImportTest {

    private static final String NDJSON = "application/x-ndjson";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldImportRecordsInAnyOrderCollectionAfterCollectionAndChangeNothingTheSecondTime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = UUID.randomUUID().toString();
        String product = UUID.randomUUID().toString();
        // The candidate comes before the company it names: lines are written in the registry's
        // order, not the file's.
        String file =
                """
                {"collection": "product-candidates", "id": "%s", "name": "NDJ-1 %s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE", "citations": [{"sourceId": "%s", "quote": "NDJ-1", "locator": "page 1"}]}

                {"collection": "companies", "id": "%s", "name": "Ndjson Pharma %s", "country": "SE"}
                {"collection": "companies", "name": "Ndjson Partner %s", "country": "DK"}
                """
                        .formatted(
                                product, tag, company, SOURCE_2006_MAA_FILING, company, tag, tag);

        JsonPath first = Uploads.imported("", NDJSON, utf8(file));

        assertEquals("SUCCEEDED", first.getString("state"), Uploads.describe(first));
        assertEquals(3, first.getInt("rows.total"), "blank lines are no rows");
        assertEquals(3, first.getInt("rows.created"));
        given().when()
                .get("/api/v1/product-candidates/" + product)
                .then()
                .statusCode(200)
                .body("owner.id", equalTo(company))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("test-admin"))
                .body("citations[0].quote", equalTo("NDJ-1"));

        JsonPath second = Uploads.imported("", NDJSON, utf8(file));

        assertEquals("SUCCEEDED", second.getString("state"), Uploads.describe(second));
        assertEquals(3, second.getInt("rows.unchanged"), "the id-less company is matched by name");
        given().when().get("/api/v1/companies/" + company).then().body("version", equalTo(0));

        String changed = file.replace("\"country\": \"DK\"", "\"country\": \"NO\"");
        JsonPath third = Uploads.imported("", NDJSON, utf8(changed));

        assertEquals(1, third.getInt("rows.updated"), Uploads.describe(third));
        assertEquals(2, third.getInt("rows.unchanged"));
        given().queryParam("q", "Ndjson Partner " + tag)
                .when()
                .get("/api/v1/companies")
                .then()
                .body("items[0].country", equalTo("NO"))
                .body("items[0].version", equalTo(1));
    }

    @Test
    void shouldRejectEachBadLineWithItsNumberFieldAndReason() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file =
                """
                {"collection": "companies", "name": "Good Line %s"}
                {"collection": "companys", "name": "Misnamed collection %s"}
                {"collection": "companies", "name": "Bad country %s", "country": "Sweden"}
                {"collection": "companies", "name": "Good Line %s"}
                this is not json
                {"collection": "companies", "nmae": "Misspelt field %s"}
                """
                        .formatted(tag, tag, tag, tag, tag);

        JsonPath run = Uploads.imported("onError=skip", NDJSON, utf8(file));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals(1, run.getInt("rows.created"));
        assertEquals(5, run.getInt("rows.rejected"));
        JsonPath problems = Uploads.problems("/api/v1/imports/" + run.getString("id"));
        assertEquals(List.of(2, 3, 4, 5, 6), problems.getList("items.row"));
        assertEquals("collection", problems.getString("items[0].violations[0].field"));
        assertEquals("country", problems.getString("items[1].violations[0].field"));
        assertEquals(
                "must be an ISO 3166-1 alpha-2 code such as US",
                problems.getString("items[1].violations[0].message"));
        assertEquals(409, problems.getInt("items[2].status"), "line 4 repeats line 1");
        assertEquals("urn:pipeline:problem:malformed-json", problems.getString("items[3].type"));
        assertEquals("nmae", problems.getString("items[4].violations[0].field"));
    }

    @Test
    void shouldImportCsvRowsAsTheirCollectionsRecordsOnTheCollectionsOwnPath() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv =
                """
                name,country,aliases,listings
                Csv Pharma %s,SE,Csv|CsvPh,"[{""exchange"": ""Nasdaq Stockholm"", ""mic"": ""XSTO"", ""ticker"": ""CSV""}]"
                "Csv Biotech, Inc. %s",US,,
                """
                        .formatted(tag, tag);

        String path =
                given().contentType("text/csv")
                        .body(utf8(csv))
                        .when()
                        .post("/api/v1/companies/imports")
                        .then()
                        .statusCode(202)
                        .extract()
                        .header("Location");
        JsonPath run = Uploads.awaitEnd(path.substring(path.indexOf(Uploads.IMPORTS)));

        assertEquals("SUCCEEDED", run.getString("state"), Uploads.describe(run));
        assertEquals("companies", run.getString("collection"));
        assertEquals("csv", run.getString("format"));
        assertEquals(2, run.getInt("rows.created"));
        given().queryParam("q", "Csv Pharma " + tag)
                .when()
                .get("/api/v1/companies")
                .then()
                .body("items[0].aliases", contains("Csv", "CsvPh"))
                .body("items[0].listings[0].mic", equalTo("XSTO"));
        given().queryParam("q", "Csv Biotech, Inc. " + tag)
                .when()
                .get("/api/v1/companies")
                .then()
                .body("items[0].country", equalTo("US"));
    }

    @Test
    void shouldRejectLinesOfAnotherCollectionOnACollectionsPath() {
        String file =
                "{\"collection\": \"sources\", \"type\": \"OTHER\", \"title\": \"Not a company\"}\n";

        String path =
                given().contentType(NDJSON)
                        .body(utf8(file))
                        .when()
                        .post("/api/v1/companies/imports")
                        .then()
                        .statusCode(202)
                        .extract()
                        .header("Location");
        JsonPath run = Uploads.awaitEnd(path.substring(path.indexOf(Uploads.IMPORTS)));

        assertEquals("FAILED", run.getString("state"));
        given().when()
                .get(Uploads.IMPORTS + "/" + run.getString("id") + "/problems")
                .then()
                .body("items[0].violations[0].field", equalTo("collection"))
                .body("items[0].violations[0].message", containsString("must be companies"));
    }

    @Test
    void shouldStoreTheHighestPhaseOfImportedIndicationsAndMoveItWithThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = UUID.randomUUID().toString();
        String alpha = UUID.randomUUID().toString();
        String beta = UUID.randomUUID().toString();
        String indication = UUID.randomUUID().toString();
        String candidates =
                """
                {"collection": "companies", "id": "%s", "name": "Phase Import %s", "country": "SE"}
                {"collection": "product-candidates", "id": "%s", "name": "PHI-A %s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE"}
                {"collection": "product-candidates", "id": "%s", "name": "PHI-B %s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE"}
                """
                        .formatted(company, tag, alpha, tag, company, beta, tag, company);
        String line =
                "{\"collection\": \"indications\", \"id\": \"%s\", \"productId\": \"%s\","
                        + " \"diseaseLabel\": \"Melanoma\", \"phase\": \"%s\","
                        + " \"developmentStatus\": \"ACTIVE\"}\n";

        JsonPath first =
                Uploads.imported(
                        "",
                        NDJSON,
                        utf8(candidates + line.formatted(indication, alpha, "PHASE_3")));

        assertEquals("SUCCEEDED", first.getString("state"), Uploads.describe(first));
        highestPhaseOf(alpha, "PHASE_3");
        highestPhaseOf(beta, "UNKNOWN");

        JsonPath moved =
                Uploads.imported("", NDJSON, utf8(line.formatted(indication, beta, "FILED")));

        assertEquals(1, moved.getInt("rows.updated"), Uploads.describe(moved));
        highestPhaseOf(alpha, "UNKNOWN");
        highestPhaseOf(beta, "FILED");
        given().queryParam("owner", company)
                .when()
                .get("/api/v1/pipeline")
                .then()
                .statusCode(200)
                .body("phases.find { it.phase == 'FILED' }.candidates.id", contains(beta))
                .body("phases.find { it.phase == 'UNKNOWN' }.candidates.id", contains(alpha));
    }

    private static void highestPhaseOf(String product, String phase) {
        given().when()
                .get("/api/v1/product-candidates/" + product)
                .then()
                .statusCode(200)
                .body("highestPhase", equalTo(phase));
    }
}
