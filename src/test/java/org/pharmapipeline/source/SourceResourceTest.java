package org.pharmapipeline.source;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class SourceResourceTest {

    private static final String SOURCES = "/api/v1/sources";

    @Test
    void shouldRefuseToDeleteASourceThatRecordsCiteAndKeepIt() {
        String etag =
                given().when()
                        .get(SOURCES + "/" + SOURCE_2006_MAA_FILING)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");

        given().header("If-Match", etag)
                .when()
                .delete(SOURCES + "/" + SOURCE_2006_MAA_FILING)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));

        given().when()
                .get(SOURCES + "/" + SOURCE_2006_MAA_FILING)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body(
                        "title",
                        equalTo(
                                "EpiCept Files for Marketing Approval of Ceplene(TM) in European Union"));
    }

    @Test
    void shouldRejectAContentHashThatIsNotSha256() {
        rejectContentHash("md5:d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void shouldRejectASha256ContentHashOneHexDigitShort() {
        rejectContentHash("sha256:2a8718ecaee5b33b9ecaa6ecb45540605bd3b29ae09e013a4332d1acc2b5ea1");
    }

    private static void rejectContentHash(String hash) {
        String body =
                """
                {"type": "PRESS_RELEASE", "title": "Hash probe", "contentHash": "%s"}
                """
                        .formatted(hash);
        Response response = given().contentType(ContentType.JSON).body(body).when().post(SOURCES);
        TemporaryRecords.deleteIfCreated(SOURCES, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("contentHash"))
                .body(
                        "violations[0].message",
                        equalTo("must be sha256: followed by 64 lowercase hex digits"));
    }

    static Stream<Arguments> factBearingCreates() {
        return Stream.of(
                Arguments.of(
                        "/api/v1/companies",
                        """
                        {"name": "%s", "citations": [%%s]}"""
                                .formatted(TemporaryRecords.uniqueName("Cited Co"))),
                Arguments.of(
                        "/api/v1/product-candidates",
                        """
                        {"name": "%s", "ownerId": "%s", "modality": "UNKNOWN", "status": "ACTIVE",
                         "citations": [%%s]}"""
                                .formatted(TemporaryRecords.uniqueName("Cited product"), EPICEPT)),
                Arguments.of(
                        "/api/v1/indications",
                        """
                        {"productId": "%s", "diseaseLabel": "Acute myeloid leukemia", "phase": "PHASE_2",
                         "developmentStatus": "ACTIVE", "citations": [%%s]}"""
                                .formatted(CEPLENE)),
                Arguments.of(
                        "/api/v1/orphan-designations",
                        """
                        {"agency": "EMA", "designatedCondition": "Treatment of acute myeloid leukemia",
                         "productId": "%s", "status": "DESIGNATED", "citations": [%%s]}"""
                                .formatted(CEPLENE)),
                Arguments.of(
                        "/api/v1/regulatory-events",
                        """
                        {"productId": "%s", "agency": "CHMP", "type": "CHMP_OPINION", "outcome": "PENDING",
                         "date": "2008-03-01", "datePrecision": "MONTH", "expected": true,
                         "description": "Final opinion", "citations": [%%s]}"""
                                .formatted(CEPLENE)),
                Arguments.of(
                        "/api/v1/market-estimates",
                        """
                        {"productId": "%s", "metric": "PREVALENCE", "region": "EU", "value": 47000,
                         "qualifier": "APPROX", "unit": "PATIENTS", "period": "POINT_IN_TIME",
                         "statedOn": "2006-10-09", "citations": [%%s]}"""
                                .formatted(CEPLENE)),
                Arguments.of(
                        "/api/v1/clinical-trials",
                        """
                        {"productId": "%s", "title": "Cited trial", "phase": "PHASE_3", "status": "COMPLETED",
                         "citations": [%%s]}"""
                                .formatted(CEPLENE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factBearingCreates")
    void shouldRejectACitationOfAnUnknownSourceNamingItsSourceIdField(
            String collection, String template) {
        String unknown = UUID.randomUUID().toString();
        String citation =
                "{\"sourceId\": \"%s\", \"quote\": \"a quote from nowhere\"}".formatted(unknown);
        Response response =
                given().contentType(ContentType.JSON)
                        .body(template.formatted(citation))
                        .when()
                        .post(collection);
        TemporaryRecords.deleteIfCreated(collection, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("citations[0].sourceId"))
                .body("violations[0].message", containsString(unknown));
    }

    @Test
    void shouldListOnlyTheLaterReleaseWhenPublishedFrom2007() {
        given().queryParam("publishedFrom", "2007-01-01")
                .when()
                .get(SOURCES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(SOURCE_2008_TREND_VOTE))
                .body("items.id", not(hasItem(SOURCE_2006_MAA_FILING)))
                .body("items.publishedOn", everyItem(greaterThanOrEqualTo("2007-01-01")));
    }

    @Test
    void shouldListEveryFactCitedToTheLaterReleaseWithItsQuote() {
        given().queryParam("size", 50)
                .when()
                .get(SOURCES + "/" + SOURCE_2008_TREND_VOTE + "/citations")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "23")
                .body("totalItems", equalTo(23))
                .body("items[0].kind", equalTo("PRODUCT_CANDIDATE"))
                .body(
                        "items.find { it.id.endsWith('000000000503') }.quote",
                        startsWith("A non-binding trend vote taken after the Oral Explanation"))
                .body(
                        "items.find { it.id.endsWith('000000000503') }.href",
                        equalTo("/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503"))
                .body("items.kind", not(hasItem("SOURCE")));
    }

    @Test
    void shouldPageTheCitationsOfASourceWithoutGapsOrDuplicates() {
        java.util.List<String> all =
                given().queryParam("size", 50)
                        .when()
                        .get(SOURCES + "/" + SOURCE_2006_MAA_FILING + "/citations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.quote", String.class);
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 7 < all.size(); page++) {
            paged.addAll(
                    given().queryParam("size", 7)
                            .queryParam("page", page)
                            .when()
                            .get(SOURCES + "/" + SOURCE_2006_MAA_FILING + "/citations")
                            .then()
                            .statusCode(200)
                            .body("totalItems", equalTo(all.size()))
                            .extract()
                            .jsonPath()
                            .getList("items.quote", String.class));
        }
        org.hamcrest.MatcherAssert.assertThat(paged, equalTo(all));
    }

    @Test
    void shouldAnswerTheCitationsOfAnUnknownSourceWith404AndRefuseASort() {
        given().when()
                .get(SOURCES + "/" + UUID.randomUUID() + "/citations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("sort", "kind")
                .when()
                .get(SOURCES + "/" + SOURCE_2006_MAA_FILING + "/citations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void shouldRejectAPublicationRangeThatEndsBeforeItStarts() {
        given().queryParam("publishedFrom", "2008-01-01")
                .queryParam("publishedTo", "2007-01-01")
                .when()
                .get(SOURCES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("publishedFrom"));
    }
}
