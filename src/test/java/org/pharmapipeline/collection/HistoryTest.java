package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.TestIds;

/**
 * Every committed change of a record is kept: its history lists them newest first with the fields
 * they changed, and a read as of an instant shows the record as it stood then.
 */
@QuarkusTest
class HistoryTest {

    private static final String COMPANIES = "/api/v1/companies";

    /** A company created, renamed, given a country, and deleted, with the instants between. */
    private record Lifecycle(
            String id,
            String name,
            Instant beforeCreation,
            Instant afterCreation,
            Instant afterRename,
            Instant afterDeletion) {}

    private static Lifecycle lifecycle() throws InterruptedException {
        Instant beforeCreation = pause();
        String name = TemporaryRecords.uniqueName("History test");
        String id =
                TemporaryRecords.create(
                        COMPANIES, "{\"name\": \"" + name + "\", \"description\": \"first\"}");
        Instant afterCreation = pause();
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"description\": \"second\"}")
                .when()
                .patch(COMPANIES + "/" + id)
                .then()
                .statusCode(200);
        Instant afterRename = pause();
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"country\": \"SE\"}")
                .when()
                .patch(COMPANIES + "/" + id)
                .then()
                .statusCode(200);
        TemporaryRecords.delete(COMPANIES, id);
        Instant afterDeletion = pause();
        return new Lifecycle(id, name, beforeCreation, afterCreation, afterRename, afterDeletion);
    }

    /** An instant strictly between the writes before and after it (timestamps are microseconds). */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }

    @Test
    void shouldListEveryRevisionNewestFirstWithTheFieldsItChanged() throws Exception {
        Lifecycle company = lifecycle();

        given().when()
                .get(COMPANIES + "/" + company.id() + "/history")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("totalItems", equalTo(4))
                .body("items.operation", contains("DELETED", "UPDATED", "UPDATED", "CREATED"))
                .body("items.version", contains(2, 2, 1, 0))
                .body(
                        "items.actor",
                        contains("test-admin", "test-admin", "test-admin", "test-admin"))
                .body("items[0].changes", empty())
                .body("items[1].changes.field", contains("country"))
                .body("items[1].changes[0].oldValue", nullValue())
                .body("items[1].changes[0].newValue", equalTo("SE"))
                .body("items[2].changes.field", contains("description"))
                .body("items[2].changes[0].oldValue", equalTo("first"))
                .body("items[2].changes[0].newValue", equalTo("second"))
                .body("items[3].changes.field", hasItem("name"))
                .body(
                        "items[3].changes.find { it.field == 'name' }.newValue",
                        equalTo(company.name()));
    }

    @Test
    void shouldPageTheHistoryAndDiffTheLastRevisionOfAPageWithTheOneBeforeIt() throws Exception {
        Lifecycle company = lifecycle();

        Response second =
                given().queryParam("size", 2)
                        .queryParam("page", 1)
                        .when()
                        .get(COMPANIES + "/" + company.id() + "/history");

        second.then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("totalPages", equalTo(2))
                .body("items.operation", contains("UPDATED", "CREATED"))
                .body("items[0].changes[0].oldValue", equalTo("first"))
                .body("items[0].changes[0].newValue", equalTo("second"));
        assertEquals(true, second.header("Link").contains("rel=\"first\""));
    }

    @Test
    void shouldAnswer404ForTheHistoryOfAnIdThatNeverExisted() {
        given().when()
                .get(COMPANIES + "/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseSortingTheHistory() throws Exception {
        given().queryParam("sort", "version")
                .when()
                .get(COMPANIES + "/" + TestIds.EPICEPT + "/history")
                .then()
                .statusCode(400)
                .body("violations.field", contains("sort"));
    }

    @Test
    void shouldAttributeTheBundledDatasetToTheSeed() {
        given().when()
                .get("/api/v1/product-candidates/" + TestIds.CEPLENE + "/history")
                .then()
                .statusCode(200)
                .body("items[-1].operation", equalTo("CREATED"))
                .body("items[-1].actor", equalTo("seed"))
                .body("items[-1].version", equalTo(0));
    }

    @Test
    void shouldReadTheRecordAsItStoodAtEachInstantWithThatVersionsETag() throws Exception {
        Lifecycle company = lifecycle();
        String url = COMPANIES + "/" + company.id();

        given().queryParam("asOf", company.afterCreation().toString())
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("name", equalTo(company.name()))
                .body("description", equalTo("first"));
        given().queryParam("asOf", company.afterRename().toString())
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", equalTo("second"))
                .body("country", nullValue());
    }

    @Test
    void shouldAnswer404BeforeTheRecordExistedAnd410AfterItWasDeleted() throws Exception {
        Lifecycle company = lifecycle();
        String url = COMPANIES + "/" + company.id();

        given().queryParam("asOf", company.beforeCreation().toString())
                .when()
                .get(url)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", company.afterDeletion().toString())
                .when()
                .get(url)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pipeline:problem:gone"));
        given().when().get(url).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnInstantThatIsNotOneNamingAsOf() {
        given().queryParam("asOf", "yesterday")
                .when()
                .get(COMPANIES + "/" + TestIds.EPICEPT)
                .then()
                .statusCode(400)
                .contentType(ContentType.fromContentType("application/problem+json"))
                .body("violations.field", contains("asOf"));
    }

    @Test
    void shouldRecordNoRevisionForAnUnchangedReplacement() {
        String id =
                TemporaryRecords.create(
                        COMPANIES,
                        "{\"name\": \"" + TemporaryRecords.uniqueName("Unchanged") + "\"}");
        String body = given().when().get(COMPANIES + "/" + id).then().extract().body().asString();
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put(COMPANIES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");

        given().when()
                .get(COMPANIES + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.operation", contains("CREATED"));
        TemporaryRecords.delete(COMPANIES, id);
    }
}
