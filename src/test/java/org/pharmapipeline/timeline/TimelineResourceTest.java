package org.pharmapipeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.CHMP_OPINION;
import static org.pharmapipeline.TestIds.CHMP_ORAL_EXPLANATION;
import static org.pharmapipeline.TestIds.CHMP_TREND_VOTE;
import static org.pharmapipeline.TestIds.EMA_ORPHAN_DESIGNATION;
import static org.pharmapipeline.TestIds.MAA_SUBMITTED;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    private static final String TIMELINE = "/api/v1/product-candidates/{id}/timeline";

    @Test
    void shouldOrderCeplenesRegulatoryMilestonesFromDesignationToExpectedOpinion() {
        List<String> records =
                given().pathParam("id", CEPLENE)
                        .when()
                        .get(TIMELINE)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("entries.recordId", String.class);

        List<Integer> positions =
                List.of(
                                EMA_ORPHAN_DESIGNATION,
                                MAA_SUBMITTED,
                                CHMP_ORAL_EXPLANATION,
                                CHMP_TREND_VOTE,
                                CHMP_OPINION)
                        .stream()
                        .map(records::indexOf)
                        .toList();
        assertThat(positions, everyItem(greaterThanOrEqualTo(0)));
        for (int i = 1; i < positions.size(); i++) {
            assertThat(
                    "position of milestone " + i + " in " + records,
                    positions.get(i),
                    greaterThan(positions.get(i - 1)));
        }
    }

    @Test
    void shouldDateTheOrphanDesignationToTheDay() {
        Map<String, Object> entry = entryOf(EMA_ORPHAN_DESIGNATION);

        assertThat(entry.get("kind"), equalTo("ORPHAN_DESIGNATION"));
        assertThat(entry.get("date"), equalTo("2005-04-11"));
        assertThat(entry.get("datePrecision"), equalTo("DAY"));
        assertThat(entry.get("dateLabel"), equalTo("2005-04-11"));
        assertThat(entry.get("agency"), equalTo("EMA"));
    }

    @Test
    void shouldDateTheMaaSubmissionToTheDay() {
        Map<String, Object> entry = entryOf(MAA_SUBMITTED);

        assertThat(entry.get("type"), equalTo("MAA_SUBMITTED"));
        assertThat(entry.get("dateLabel"), equalTo("2006-10-09"));
        assertThat(entry.get("datePrecision"), equalTo("DAY"));
        assertThat(entry.get("expected"), equalTo(false));
    }

    @Test
    void shouldDateTheOralExplanationAndTrendVoteOnlyToFebruary2008() {
        Map<String, Object> oral = entryOf(CHMP_ORAL_EXPLANATION);
        Map<String, Object> vote = entryOf(CHMP_TREND_VOTE);

        assertThat(oral.get("type"), equalTo("CHMP_ORAL_EXPLANATION"));
        assertThat(oral.get("dateLabel"), equalTo("2008-02"));
        assertThat(oral.get("datePrecision"), equalTo("MONTH"));
        assertThat(vote.get("type"), equalTo("CHMP_TREND_VOTE"));
        assertThat(vote.get("dateLabel"), equalTo("2008-02"));
        assertThat(vote.get("datePrecision"), equalTo("MONTH"));
        assertThat(vote.get("outcome"), equalTo("NEGATIVE"));
    }

    @Test
    void shouldMarkTheMarch2008ChmpOpinionAsExpected() {
        Map<String, Object> entry = entryOf(CHMP_OPINION);

        assertThat(entry.get("type"), equalTo("CHMP_OPINION"));
        assertThat(entry.get("dateLabel"), equalTo("2008-03"));
        assertThat(entry.get("datePrecision"), equalTo("MONTH"));
        assertThat(entry.get("expected"), equalTo(true));
        assertThat(entry.get("outcome"), equalTo("PENDING"));
    }

    @Test
    void shouldListOnlyTheFourRegulatoryEventsInDateOrderWhenAskedForThatKind() {
        given().pathParam("id", CEPLENE)
                .queryParam("kind", "REGULATORY_EVENT")
                .when()
                .get(TIMELINE)
                .then()
                .statusCode(200)
                .body("product.name", equalTo("Ceplene"))
                .body("highestPhase", equalTo("FILED"))
                .body(
                        "entries.kind",
                        contains(
                                "REGULATORY_EVENT",
                                "REGULATORY_EVENT",
                                "REGULATORY_EVENT",
                                "REGULATORY_EVENT"))
                .body(
                        "entries.recordId",
                        contains(
                                MAA_SUBMITTED,
                                CHMP_ORAL_EXPLANATION,
                                CHMP_TREND_VOTE,
                                CHMP_OPINION));
    }

    @Test
    void shouldCombineRepeatedKindParameters() {
        given().pathParam("id", CEPLENE)
                .queryParam("kind", "ORPHAN_DESIGNATION")
                .queryParam("kind", "REGULATORY_EVENT")
                .when()
                .get(TIMELINE)
                .then()
                .statusCode(200)
                .body(
                        "entries.recordId",
                        contains(
                                EMA_ORPHAN_DESIGNATION,
                                MAA_SUBMITTED,
                                CHMP_ORAL_EXPLANATION,
                                CHMP_TREND_VOTE,
                                CHMP_OPINION));
    }

    @Test
    void shouldKeepOnlyEntriesBetweenFromAndTo() {
        // February 2008: the oral explanation, the trend vote and the five figures of the 2008
        // release.
        given().pathParam("id", CEPLENE)
                .queryParam("from", "2008-01-01")
                .queryParam("to", "2008-02-29")
                .when()
                .get(TIMELINE)
                .then()
                .statusCode(200)
                .body("entries", hasSize(7))
                .body(
                        "entries.date",
                        everyItem(
                                both(greaterThanOrEqualTo("2008-01-01"))
                                        .and(lessThanOrEqualTo("2008-02-29"))))
                .body("entries.recordId", hasItems(CHMP_ORAL_EXPLANATION, CHMP_TREND_VOTE))
                .body("entries.recordId", not(hasItem(CHMP_OPINION)));
    }

    @Test
    void shouldAnswerAnUnknownProductWithANotFoundProblem() {
        String unknown = UUID.randomUUID().toString();
        given().pathParam("id", unknown)
                .when()
                .get(TIMELINE)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:pipeline:problem:not-found"))
                .body("detail", containsString(unknown));
    }

    @Test
    void shouldRejectFromAfterTo() {
        given().pathParam("id", CEPLENE)
                .queryParam("from", "2008-03-01")
                .queryParam("to", "2008-02-01")
                .when()
                .get(TIMELINE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("from"));
    }

    private static Map<String, Object> entryOf(String recordId) {
        List<Map<String, Object>> entries =
                given().pathParam("id", CEPLENE)
                        .when()
                        .get(TIMELINE)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("entries");
        List<Map<String, Object>> matching =
                entries.stream().filter(e -> recordId.equals(e.get("recordId"))).toList();
        assertThat("timeline entries of record " + recordId, matching.size(), equalTo(1));
        return matching.get(0);
    }

    @Test
    void shouldKeepAMonthPrecisionEventWhenTheRangeStartsWithinItsMonth() {
        given().queryParam("kind", "REGULATORY_EVENT")
                .queryParam("from", "2008-02-15")
                .when()
                .get("/api/v1/product-candidates/" + CEPLENE + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "entries.type",
                        contains("CHMP_ORAL_EXPLANATION", "CHMP_TREND_VOTE", "CHMP_OPINION"));
    }
}
