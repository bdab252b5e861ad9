package org.pharmapipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.contract.ContractValidation;

/** Black-box checks against the packaged application, started as a user would start it. */
@QuarkusIntegrationTest
class PackagedJarIT {

    static final String CEPLENE = "3f6c2a7e-0c1d-4a55-9a10-000000000201";

    @Test
    void shouldCheckEveryExchangeAgainstTheContractThePackagedServiceServes() {
        assertTrue(RestAssured.filters().contains(ContractValidation.INSTANCE));
    }

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
    void shouldRefuseWritesWithoutATokenWithAProblemAndAChallenge() {
        given().contentType("application/json")
                .body("{\"name\":\"Unauthenticated Pharma\"}")
                .when()
                .post("/api/v1/companies")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:pipeline:problem:unauthorized"));
    }

    @Test
    void shouldRefuseTokensSignedWithTheDevelopmentKeyWhenNoKeyIsConfigured() {
        given().auth()
                .oauth2(Tokens.admin())
                .header("If-Match", "*")
                .when()
                .delete("/api/v1/product-candidates/" + CEPLENE)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        given().when().get("/api/v1/product-candidates/" + CEPLENE).then().statusCode(200);
    }

    @Test
    void shouldLeaveOutTheDevelopmentTokenEndpointAndSwaggerUi() {
        given().when().get("/dev/token").then().statusCode(404);
        given().when().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void shouldRefuseEveryCrossOriginPreflightUnlessOriginsAreConfigured() {
        given().header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/companies")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldSendProtectiveHeadersAndNoServerBanner() {
        given().when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header(
                        "Content-Security-Policy",
                        equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Server", nullValue());
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
