package org.pharmapipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** Black-box checks against the packaged application, started as a user would start it. */
@QuarkusIntegrationTest
class PackagedJarIT {

    static final String CEPLENE = "3f6c2a7e-0c1d-4a55-9a10-000000000201";

    @Test
    void shouldServeCepleneWithItsInnOwnerAndHighestPhase() {
        given().queryParam("q", "ceplene")
                .when()
                .get("/api/v1/product-candidates")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].inn", equalTo("histamine dihydrochloride"))
                .body("items[0].owner.name", equalTo("EpiCept Corporation"))
                .body("items[0].highestPhase", equalTo("FILED"));
    }

    @Test
    void shouldListTheRegulatoryHistoryInDateOrder() {
        given().queryParam("kind", "REGULATORY_EVENT")
                .when()
                .get("/api/v1/product-candidates/" + CEPLENE + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "entries.type",
                        contains(
                                "MAA_SUBMITTED",
                                "CHMP_ORAL_EXPLANATION",
                                "CHMP_TREND_VOTE",
                                "CHMP_OPINION"))
                .body("entries.dateLabel", contains("2006-10-09", "2008-02", "2008-02", "2008-03"));
    }

    @Test
    void shouldAnswerBadInputWithAProblem() {
        given().queryParam("size", 100000)
                .when()
                .get("/api/v1/regulatory-events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("size"));
    }
}
