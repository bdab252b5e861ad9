package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.query.CountField;

/**
 * GET /api/v1/{collection}/counts: the list's filters, counted by the fields each collection
 * declares, on the bundled Ceplene dataset.
 */
@QuarkusTest
class CountsTest {

    private static final String EVENTS = "/api/v1/regulatory-events/counts";
    private static final String CANDIDATES = "/api/v1/product-candidates/counts";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldCountCeplenesEventsByAgencyAndTypeInTheAgenciesOwnOrder() {
        given().queryParam("product", CEPLENE)
                .queryParam("by", "agency,type")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("by", contains("agency", "type"))
                .body("totalItems", equalTo(4))
                .body("buckets.values.agency", contains("EMA", "CHMP", "CHMP", "CHMP"))
                .body(
                        "buckets.values.type",
                        contains(
                                "MAA_SUBMITTED",
                                "CHMP_ORAL_EXPLANATION",
                                "CHMP_TREND_VOTE",
                                "CHMP_OPINION"))
                .body("buckets.count", contains(1, 1, 1, 1));
    }

    @Test
    void shouldCountCandidatesByHighestPhaseInPhaseOrder() {
        given().queryParam("by", "highestPhase")
                .when()
                .get(CANDIDATES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("buckets.values.highestPhase", contains("UNKNOWN", "FILED"))
                .body("buckets.count", contains(3, 1));
    }

    @Test
    void shouldPutTheLargestBucketFirstWhenSortedByCount() {
        given().queryParam("by", "agency")
                .queryParam("sort", "-count")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("buckets.values.agency", contains("CHMP", "EMA"))
                .body("buckets.count", contains(3, 1));
    }

    @Test
    void shouldBucketDatesByYearQuarterAndMonthAtTheFirstDayOfTheirPeriod() {
        given().queryParam("by", "date:year")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("by", contains("date:year"))
                .body("buckets.values.date", contains("2006", "2008"))
                .body("buckets.count", contains(1, 3));
        given().queryParam("by", "date:quarter")
                .when()
                .get(EVENTS)
                .then()
                .body("buckets.values.date", contains("2006-Q4", "2008-Q1"))
                .body("buckets.count", contains(1, 3));
        given().queryParam("by", "date:month")
                .when()
                .get(EVENTS)
                .then()
                .body("buckets.values.date", contains("2006-10", "2008-02", "2008-03"))
                .body("buckets.count", contains(1, 2, 1));
    }

    @Test
    void shouldCountByTheReferencedCompanyAndNameIt() {
        given().queryParam("by", "owner")
                .when()
                .get(CANDIDATES)
                .then()
                .statusCode(200)
                .body("buckets[0].values.owner", equalTo(EPICEPT))
                .body("buckets[0].labels.owner", equalTo("EpiCept Corporation"))
                .body("buckets[0].count", equalTo(3))
                .body("buckets[1].labels.owner", equalTo("Myriad Genetics, Inc."))
                .body("buckets[1].count", equalTo(1));
    }

    @Test
    void shouldCountAMultiValuedFieldOncePerValueAndRecordsWithoutOneAsNull() {
        given().queryParam("by", "therapeuticArea")
                .when()
                .get(CANDIDATES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("buckets[0].values.therapeuticArea", equalTo("Oncology"))
                .body("buckets[0].count", equalTo(1))
                .body("buckets[1].values.therapeuticArea", nullValue())
                .body("buckets[1].count", equalTo(3));
    }

    @Test
    void shouldCountOnlyWhatTheListsFiltersMatch() {
        given().queryParam("expected", "false")
                .queryParam("from", "2008-01-01")
                .queryParam("by", "outcome")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("buckets.values.outcome", contains("NEGATIVE", "NOT_APPLICABLE"))
                .body("buckets.count", contains(1, 1));
    }

    @Test
    void shouldAnswerAnUnknownFieldWithAProblemNamingIt() {
        given().queryParam("by", "agency,colour")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("by"))
                .body("violations[0].message", containsString("'colour'"))
                .body("violations[0].message", containsString("date:year"));
    }

    @Test
    void shouldAskForTheUnitOfADateField() {
        given().queryParam("by", "date")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].message", containsString("date:quarter"));
    }

    @Test
    void shouldRefuseACountWithoutFieldsOrWithAnUnknownOrder() {
        given().when().get(EVENTS).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("by", "agency")
                .queryParam("sort", "count")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        given().queryParam("by", "agency,agency")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("more than once"));
    }

    @Test
    void shouldRefuseAFilterTheListRefuses() {
        given().queryParam("by", "agency")
                .queryParam("from", "2009-01-01")
                .queryParam("to", "2008-01-01")
                .when()
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    /** Every field every registered collection counts by, with a unit for dates. */
    static Stream<Arguments> everyCountField() {
        List<Arguments> all = new ArrayList<>();
        for (CollectionDefinition<?, ?, ?> c :
                Arc.container().instance(CollectionRegistry.class).get().all()) {
            for (CountField field : c.countFields()) {
                for (String by : field.accepted()) {
                    all.add(Arguments.of(c.name(), by, field.kind() == CountField.Kind.ELEMENT));
                }
            }
        }
        return all.stream();
    }

    @Test
    void shouldDeclareCountFieldsForEveryCollection() {
        for (CollectionDefinition<?, ?, ?> c :
                Arc.container().instance(CollectionRegistry.class).get().all()) {
            assertFalse(c.countFields().isEmpty(), c.name() + " declares no count field");
        }
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyCountField")
    void shouldAgreeWithTheListTotal(String collection, String by, boolean multiValued) {
        long listed =
                given().queryParam("size", 1)
                        .when()
                        .get("/api/v1/" + collection)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("totalItems");
        JsonPath counts =
                given().queryParam("by", by)
                        .when()
                        .get("/api/v1/" + collection + "/counts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(listed, counts.getLong("totalItems"));
        List<Map<String, Object>> buckets = counts.getList("buckets");
        long sum = buckets.stream().mapToLong(b -> ((Number) b.get("count")).longValue()).sum();
        if (!multiValued) {
            assertEquals(listed, sum, "the buckets of " + by + " add up to the list's total");
        }
    }
}
