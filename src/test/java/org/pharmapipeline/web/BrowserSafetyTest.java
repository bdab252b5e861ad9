package org.pharmapipeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TestIds;

/**
 * What browsers and the network see: cross-origin rules (the test profile allows
 * https://app.example.org), response headers, and the limits on what a request may carry.
 */
@QuarkusTest
class BrowserSafetyTest {

    static final String ALLOWED = "https://app.example.org";
    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void shouldAllowAPreflightFromAnAllowedOrigin() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when()
                .options("/api/v1/companies/" + TestIds.EPICEPT)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
    }

    @Test
    void shouldRefuseAPreflightFromAnotherOrigin() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "DELETE")
                .when()
                .options("/api/v1/companies/" + TestIds.EPICEPT)
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldRefuseACrossOriginReadFromAnotherOrigin() {
        given().header("Origin", "https://evil.example.com")
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldExposeThePagingAndVersionHeadersToAnAllowedOrigin() {
        given().header("Origin", ALLOWED)
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header(
                        "Access-Control-Expose-Headers",
                        equalTo("ETag,Location,Link,X-Total-Count,WWW-Authenticate"));
    }

    @Test
    void shouldForbidSniffingAndFramingOnEveryKindOfApiAnswer() {
        for (Response answer :
                List.of(
                        given().when().get("/api/v1/product-candidates/" + TestIds.CEPLENE),
                        given().when().get("/api/v1/companies/not-a-uuid"),
                        given().when().post("/api/v1/companies"),
                        given().when().get("/api/v1/search?q=" + "x".repeat(3000)))) {
            answer.then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Content-Security-Policy", equalTo(CSP))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Server", nullValue());
        }
        given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Server", nullValue());
    }

    @Test
    void shouldAnswerALongQueryStringWith414() {
        given().when()
                .get("/api/v1/search?q=" + "x".repeat(3000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pipeline:problem:uri-too-long"))
                .body(
                        "detail",
                        equalTo(
                                "The query string has 3002 characters; the service accepts at"
                                        + " most 2048."))
                .body("instance", equalTo("/api/v1/search"));
        given().queryParam("country", "US")
                .queryParam("unused", "x".repeat(2000))
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("EpiCept Corporation"));
    }

    @Test
    void shouldAnswerEvenAVeryLongRequestLineWithAProblem() {
        for (int length : new int[] {5_000, 200_000}) {
            given().when()
                    .get("/api/v1/search?q=" + "x".repeat(length))
                    .then()
                    .statusCode(414)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:pipeline:problem:uri-too-long"))
                    .body("status", equalTo(414));
        }
    }
}
