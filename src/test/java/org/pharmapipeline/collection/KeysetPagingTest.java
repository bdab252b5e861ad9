package org.pharmapipeline.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pharmapipeline.TestIds;

/**
 * Cursor (keyset) paging: walking a collection by nextCursor visits exactly the records, in exactly
 * the order, of one big numbered page, for every kind of sort key including ones with missing
 * values and descending ones.
 */
@QuarkusTest
class KeysetPagingTest {

    static final String PROBLEM = "application/problem+json";

    @ParameterizedTest(name = "{0} sorted by {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sources|-publishedOn",
                "sources|title",
                "companies|country",
                "companies|-country",
                "product-candidates|inn",
                "product-candidates|-inn",
                "product-candidates|-highestPhase,name",
                "indications|phase",
                "orphan-designations|designationNumber",
                "regulatory-events|date",
                "regulatory-events|-type,-date",
                "market-estimates|-value",
                "market-estimates|region,-statedOn",
                "clinical-trials|enrollment",
                "clinical-trials|-enrollment",
                "clinical-trials|readoutDate",
                "clinical-trials|-createdAt"
            })
    void shouldWalkByCursorThroughTheRecordsOfOneBigPage(String collection, String sort) {
        String path = "/api/v1/" + collection;
        List<String> expected =
                given().queryParam("size", 200)
                        .queryParam("sort", sort)
                        .when()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");

        List<String> walked = new ArrayList<>();
        Response page = given().queryParam("size", 1).queryParam("sort", sort).get(path);
        page.then().statusCode(200).body("page", equalTo(0));
        walked.addAll(page.path("items.id"));
        String cursor = page.path("nextCursor");
        while (cursor != null) {
            page =
                    given().queryParam("size", 1)
                            .queryParam("sort", sort)
                            .queryParam("cursor", cursor)
                            .get(path);
            page.then()
                    .statusCode(200)
                    .body("page", nullValue())
                    .body("totalItems", nullValue())
                    .body("totalPages", nullValue());
            assertNull(page.header("X-Total-Count"));
            walked.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertThat(page.header("Link"), containsString("rel=\"next\""));
            }
        }
        assertEquals(expected, walked);
    }

    @Test
    void shouldLinkTheNextPageByCursorFromANumberedPage() {
        Response first =
                given().queryParam("size", 2)
                        .queryParam("sort", "-statedOn")
                        .get("/api/v1/market-estimates");
        first.then().statusCode(200).body("totalItems", equalTo(10));
        String cursor = first.path("nextCursor");
        assertThat(first.header("Link"), containsString("cursor=" + cursor + ">; rel=\"next\""));
        List<String> second =
                given().queryParam("size", 2)
                        .queryParam("sort", "-statedOn")
                        .queryParam("page", 1)
                        .get("/api/v1/market-estimates")
                        .path("items.id");
        List<String> continued =
                given().queryParam("size", 2)
                        .queryParam("sort", "-statedOn")
                        .queryParam("cursor", cursor)
                        .get("/api/v1/market-estimates")
                        .path("items.id");
        assertEquals(second, continued);
    }

    @Test
    void shouldEndWithoutANextCursorOnTheLastPage() {
        given().queryParam("size", 200)
                .get("/api/v1/regulatory-events")
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue())
                .header("Link", org.hamcrest.Matchers.not(containsString("rel=\"next\"")));
    }

    @Test
    void shouldRefuseACursorThatIsNotOurs() {
        for (String cursor :
                List.of(
                        "not-a-cursor",
                        Base64.getUrlEncoder().encodeToString("{\"sort\":\"date\"}".getBytes()),
                        Base64.getUrlEncoder()
                                .encodeToString(
                                        "{\"sort\":\"date\",\"after\":[[\"e:java.lang.Thread$State\",\"NEW\"],[\"u\",\"x\"]]}"
                                                .getBytes()),
                        Base64.getUrlEncoder()
                                .encodeToString(
                                        "{\"sort\":\"date\",\"after\":[[\"s\",\"2008\"],[\"u\",\"3f6c2a7e-0c1d-4a55-9a10-000000000501\"]]}"
                                                .getBytes()))) {
            given().queryParam("cursor", cursor)
                    .when()
                    .get("/api/v1/regulatory-events")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("cursor"));
        }
    }

    @Test
    void shouldRefuseACursorUsedWithAnotherSortOrWithAPageNumber() {
        String cursor =
                given().queryParam("size", 1)
                        .queryParam("sort", "date")
                        .get("/api/v1/regulatory-events")
                        .path("nextCursor");
        given().queryParam("cursor", cursor)
                .queryParam("sort", "-date")
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].message", containsString("another sort order ('date')"));
        given().queryParam("cursor", cursor)
                .queryParam("sort", "date")
                .queryParam("page", 2)
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldRefuseCursorsWhereTheOrderIsFixed() {
        given().queryParam("cursor", "abc")
                .when()
                .get("/api/v1/sources/" + TestIds.SOURCE_2006_MAA_FILING + "/citations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
    }
}
