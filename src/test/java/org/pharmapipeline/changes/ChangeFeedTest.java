package org.pharmapipeline.changes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/** The change feed: every committed change in commit order, with cursors to follow it. */
@QuarkusTest
class ChangeFeedTest {

    private static final String COMPANIES = "/api/v1/companies";

    @Test
    void shouldListACreationAnUpdateAndADeletionInCommitOrder() {
        String head = Feed.head();
        String name = TemporaryRecords.uniqueName("Feed test");
        String id = TemporaryRecords.create(COMPANIES, "{\"name\": \"" + name + "\"}");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"country\": \"SE\"}")
                .when()
                .patch(COMPANIES + "/" + id)
                .then()
                .statusCode(200);
        TemporaryRecords.delete(COMPANIES, id);

        given().queryParam("after", head)
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.operation", contains("CREATED", "UPDATED", "DELETED"))
                .body("items.id", everyItem(equalTo(id)))
                .body("items.kind", everyItem(equalTo("COMPANY")))
                .body("items.collection", everyItem(equalTo("companies")))
                .body("items.version", contains(0, 1, 1))
                .body("items.actor", everyItem(equalTo("test-admin")))
                .body("items.href", everyItem(equalTo(COMPANIES + "/" + id)))
                .body("items[0].record.name", equalTo(name))
                .body("items[1].record.country", equalTo("SE"))
                .body("items[2].record", nullValue())
                .body("next", equalTo(Feed.head()));
    }

    @Test
    void shouldContinueFromTheNextCursorWithoutRepeatingOrSkipping() {
        String head = Feed.head();
        for (int i = 0; i < 5; i++) {
            String id =
                    TemporaryRecords.create(
                            COMPANIES,
                            "{\"name\": \"" + TemporaryRecords.uniqueName("Paging") + "\"}");
            TemporaryRecords.delete(COMPANIES, id);
        }

        JsonPath first = Feed.page(head, 4);
        JsonPath second = Feed.page(first.getString("next"), 4);
        JsonPath third = Feed.page(second.getString("next"), 4);

        List<Map<String, Object>> all = Feed.all(head);
        assertEquals(10, all.size());
        assertEquals(all.subList(0, 4), first.getList("items"));
        assertEquals(all.subList(4, 8), second.getList("items"));
        assertEquals(all.subList(8, 10), third.getList("items"));
    }

    @Test
    void shouldAnswerAnEmptyPageWithTheSameCursorAtTheEnd() {
        String head = Feed.head();

        given().queryParam("after", head)
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", equalTo(head))
                .header("Link", containsString("after=" + head));
    }

    @Test
    void shouldListOnlyTheNamedCollection() {
        String head = Feed.head();
        String company =
                TemporaryRecords.create(
                        COMPANIES, "{\"name\": \"" + TemporaryRecords.uniqueName("Only") + "\"}");
        String source =
                TemporaryRecords.create(
                        "/api/v1/sources", "{\"type\": \"PRESS_RELEASE\", \"title\": \"Only\"}");
        TemporaryRecords.delete(COMPANIES, company);
        TemporaryRecords.delete("/api/v1/sources", source);

        given().queryParam("after", head)
                .queryParam("collection", "sources")
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(200)
                .body("items.id", contains(source, source))
                .body("items.operation", contains("CREATED", "DELETED"));
    }

    @Test
    void shouldRefuseAnUnknownCollectionAMalformedCursorAndLimitsOutOfRange() {
        given().queryParam("collection", "patients")
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(400)
                .body("violations.field", contains("collection"));
        given().queryParam("after", "yesterday")
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(400)
                .body("violations.field", contains("after"));
        given().queryParam("limit", 1001)
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(400)
                .body("violations.field", contains("limit"));
        given().queryParam("wait", 31)
                .when()
                .get(Feed.CHANGES)
                .then()
                .statusCode(400)
                .body("violations.field", contains("wait"));
    }

    @Test
    void shouldAnswerALongPollWithTheChangeCommittedWhileItWaited() throws Exception {
        String head = Feed.head();
        CompletableFuture<JsonPath> poll =
                CompletableFuture.supplyAsync(
                        () ->
                                given().queryParam("after", head)
                                        .queryParam("wait", 30)
                                        .when()
                                        .get(Feed.CHANGES)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .jsonPath());
        Thread.sleep(500);
        String id =
                TemporaryRecords.create(
                        COMPANIES, "{\"name\": \"" + TemporaryRecords.uniqueName("Poll") + "\"}");

        JsonPath answer = poll.get(60, TimeUnit.SECONDS);
        TemporaryRecords.delete(COMPANIES, id);
        assertTrue(answer.getList("items.id").contains(id), answer.prettify());
        assertEquals("CREATED", answer.getString("items[0].operation"));
    }
}
