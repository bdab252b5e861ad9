package org.pharmapipeline.regulatoryevent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.CHMP_OPINION;
import static org.pharmapipeline.TestIds.CHMP_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class RegulatoryEventResourceTest {

    private static final String EVENTS = "/api/v1/regulatory-events";

    @Test
    void shouldListTheExpectedChmpOpinionOfMarch2008FirstWhenSortedByDateDescending() {
        given().queryParam("product", CEPLENE)
                .queryParam("sort", "-date")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items[0].id", equalTo(CHMP_OPINION))
                .body("items[0].type", equalTo("CHMP_OPINION"))
                .body("items[0].date", equalTo("2008-03-01"))
                .body("items[0].datePrecision", equalTo("MONTH"))
                .body("items[0].dateLabel", equalTo("2008-03"))
                .body("items[0].expected", equalTo(true))
                .body("items[0].outcome", equalTo("PENDING"));
    }

    @Test
    void shouldListTheThreeEventsFrom2008() {
        given().queryParam("product", CEPLENE)
                .queryParam("from", "2008-01-01")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body(
                        "items.type",
                        containsInAnyOrder(
                                "CHMP_ORAL_EXPLANATION", "CHMP_TREND_VOTE", "CHMP_OPINION"));
    }

    @Test
    void shouldListTheNegativeTrendVoteOfFebruary2008() {
        given().queryParam("product", CEPLENE)
                .queryParam("outcome", "NEGATIVE")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CHMP_TREND_VOTE))
                .body("items[0].type", equalTo("CHMP_TREND_VOTE"))
                .body("items[0].agency", equalTo("CHMP"))
                .body("items[0].datePrecision", equalTo("MONTH"))
                .body("items[0].dateLabel", equalTo("2008-02"))
                .body("items[0].expected", equalTo(false));
    }

    @Test
    void shouldListOnlyTheFinalOpinionAsExpected() {
        given().queryParam("product", CEPLENE)
                .queryParam("expected", "true")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CHMP_OPINION));
    }

    @Test
    void shouldFindTheTrendVoteAndTheOpinionThatMentionsItByText() {
        given().queryParam("product", CEPLENE)
                .queryParam("q", "TREND")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(CHMP_TREND_VOTE, CHMP_OPINION))
                .body("items[0].outcome", equalTo("NEGATIVE"));
    }

    @Test
    void shouldRejectAMonthPrecisionDateThatIsNotTheFirstOfTheMonth() {
        Response response = post(event("2008-03-15", "MONTH", true, "PENDING"));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("date"))
                .body(
                        "violations[0].message",
                        equalTo("must be the first day of its month when datePrecision is MONTH"));
    }

    @Test
    void shouldRejectAnExpectedEventWithANegativeOutcome() {
        Response response = post(event("2008-03-01", "MONTH", true, "NEGATIVE"));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("outcome"));
    }

    @Test
    void shouldListEveryProblemOfABodyInOneAnswer() {
        String body =
                event("2008-03-15", "MONTH", true, "NEGATIVE")
                        .replace(
                                "\"description\"",
                                "\"indicationId\": \"3f6c2a7e-0c1d-4a55-9a10-000000000399\","
                                        + " \"citations\": [{\"sourceId\":"
                                        + " \"3f6c2a7e-0c1d-4a55-9a10-000000000099\", \"quote\":"
                                        + " \"x\"}], \"description\"");
        Response response = post(body);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "date", "outcome", "indicationId", "citations[0].sourceId"));
    }

    private static Response post(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(EVENTS);
        TemporaryRecords.deleteIfCreated(EVENTS, response);
        return response;
    }

    private static String event(String date, String precision, boolean expected, String outcome) {
        return """
                {
                  "productId": "%s",
                  "agency": "CHMP",
                  "procedure": "EU centralised procedure (MAA)",
                  "type": "CHMP_OPINION",
                  "outcome": "%s",
                  "date": "%s",
                  "datePrecision": "%s",
                  "expected": %s,
                  "description": "Final opinion on the MAA"
                }
                """
                .formatted(CEPLENE, outcome, date, precision, expected);
    }

    @Test
    void shouldRejectADateRangeThatEndsBeforeItStarts() {
        given().queryParam("from", "2008-03-01")
                .queryParam("to", "2008-02-01")
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", equalTo("must not be after to"));
    }
}
