package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.Tokens;

/**
 * Item 5: what cannot be imported is refused when it is uploaded, with a problem that says why, and
 * no import is made of it.
 */
@QuarkusTest
@TestProfile(ImportProfile.class)
class ImportRefusalsTest {

    private static final String TSV = "text/tab-separated-values";

    private static ValidatableResponse upload(String query, String type, byte[] body) {
        return given().contentType(type)
                .body(body)
                .when()
                .post(Uploads.IMPORTS + (query.isEmpty() ? "" : "?" + query))
                .then()
                .contentType("application/problem+json");
    }

    private static long imports() {
        return given().when()
                .get(Uploads.IMPORTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void shouldRefuseAnUnknownFormatListingTheFormats() {
        long before = imports();

        upload("format=fda-orphans", TSV, Registers.fdaRows())
                .statusCode(400)
                .body("violations[0].field", equalTo("format"))
                .body(
                        "violations[0].message",
                        equalTo(
                                "must be one of csv, ema-medicines, ema-orphan, fda-orphan, ndjson"));

        org.junit.jupiter.api.Assertions.assertEquals(before, imports());
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        upload("format=fda-orphan", TSV, new byte[0])
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("is empty"));
    }

    @Test
    void shouldRefuseARegisterFileWhoseColumnsAreMissingOrMisnamed() {
        byte[] renamed =
                new String(
                                Registers.fdaRows("x\t1/2/03\tTreatment of x\tX Pharma"),
                                StandardCharsets.US_ASCII)
                        .replace("Designation Date", "Date of Designation")
                        .getBytes(StandardCharsets.US_ASCII);

        upload("format=fda-orphan", TSV, renamed)
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("missing: Designation Date"));
        upload(
                        "format=fda-orphan",
                        TSV,
                        "Name\tDate\nx\t1/2/03\n".getBytes(StandardCharsets.US_ASCII))
                .statusCode(400)
                .body(
                        "violations[0].message",
                        containsString("missing: Generic Name, Designation Date, Designation"));
        // The EMA's medicines report is no orphan register.
        upload("format=ema-orphan", EmaWorkbooks.XLSX, EmaWorkbooks.medicines())
                .statusCode(400)
                .body(
                        "violations[0].message",
                        containsString("missing: Date of designation / refusal"));
    }

    @Test
    void shouldRefuseABodyDeclaredAsAWorkbookThatIsNone() {
        upload("format=ema-medicines", EmaWorkbooks.XLSX, Registers.fdaRows())
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("is not an XLSX workbook"));
        // A ZIP archive that is no workbook.
        upload("format=ema-medicines", EmaWorkbooks.XLSX, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0})
                .statusCode(400)
                .body("violations[0].message", equalTo("is not a readable XLSX workbook"));
    }

    @Test
    void shouldRefuseAWorkbookThatInflatesLikeAZipBomb() {
        byte[] bomb = EmaWorkbooks.inflated(EmaWorkbooks.medicines(), 30_000_000);
        org.junit.jupiter.api.Assertions.assertTrue(bomb.length < 1_000_000, "packed small");
        long before = imports();

        upload("format=ema-medicines", EmaWorkbooks.XLSX, bomb)
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("refused as a possible zip bomb"));

        org.junit.jupiter.api.Assertions.assertEquals(before, imports());
        // The same workbook, not inflated, is read.
        org.junit.jupiter.api.Assertions.assertEquals(
                "SUCCEEDED",
                Uploads.imported(
                                "format=ema-medicines&dryRun=true",
                                EmaWorkbooks.XLSX,
                                EmaWorkbooks.medicines())
                        .getString("state"));
    }

    @Test
    void shouldRefuseABodyOfAMediaTypeTheFormatDoesNotRead() {
        upload("format=ema-orphan", "text/csv", Registers.fdaRows())
                .statusCode(415)
                .body("detail", containsString("Format ema-orphan is sent as"));
    }

    @Test
    void shouldRefuseAnUploadOverTheLimitWith413() {
        byte[] large = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) '\n');

        upload("", "application/x-ndjson", large)
                .statusCode(413)
                .body("type", equalTo("urn:pipeline:problem:payload-too-large"))
                .body("detail", containsString("at most 4194304"));
    }

    @Test
    void shouldRefuseACsvImportThatNamesNoCollectionOrUnknownColumns() {
        upload("", "text/csv", "name\nCsv Pharma\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .body("violations[0].field", equalTo("collection"));
        upload(
                        "collection=companies",
                        "text/csv",
                        "name,ticker\nCsv Pharma,CSV\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .body(
                        "violations[0].message",
                        containsString("the columns [ticker] are not fields of companies"));
    }

    @Test
    void shouldRefuseASecondImportOfAFileThatIsBeingImported() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // A long import runs first, so that the next one waits in the queue.
        String running = Uploads.upload("format=fda-orphan&dryRun=true", TSV, Registers.fdaFile());
        byte[] file =
                Registers.fdaRows(
                        "queued " + tag + "\t1/2/03\tTreatment of queue\tQueue Pharma " + tag);
        String queued = Uploads.upload("format=fda-orphan", TSV, file);

        upload("format=fda-orphan", TSV, file)
                .statusCode(409)
                .body("type", equalTo("urn:pipeline:problem:conflict"))
                .body("detail", containsString(queued))
                .body("violations.field", hasItem("body"));

        Uploads.awaitEnd(running);
        Uploads.awaitEnd(queued);
        // Once it has ended, the same file may be imported again.
        org.junit.jupiter.api.Assertions.assertEquals(
                "SUCCEEDED", Uploads.imported("format=fda-orphan", TSV, file).getString("state"));
    }

    @Test
    void shouldLetOnlyAdminsImportOrReadImports() {
        byte[] file =
                "{\"collection\": \"companies\", \"name\": \"Editor Pharma\"}\n"
                        .getBytes(StandardCharsets.UTF_8);
        RestAssured.given()
                .contentType("application/x-ndjson")
                .body(file)
                .when()
                .post(Uploads.IMPORTS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given()
                .auth()
                .oauth2(Tokens.editor())
                .contentType("application/x-ndjson")
                .body(file)
                .when()
                .post(Uploads.IMPORTS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given()
                .auth()
                .oauth2(Tokens.editor())
                .when()
                .get(Uploads.IMPORTS)
                .then()
                .statusCode(403);
        given().queryParam("q", "Editor Pharma")
                .when()
                .get("/api/v1/companies")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldAnswer404ForAnUnknownImport() {
        given().when()
                .get(Uploads.IMPORTS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
