package org.pharmapipeline.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.pharmapipeline.TestIds.CEPLENE;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The pages as HTTP answers: their shells, their policy, their scripts (the browser tests use
 * them).
 */
@QuarkusTest
class PageResourceTest {

    static final String PAGE_CSP =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; base-uri 'none'; form-action 'self';"
                    + " frame-ancestors 'none'";

    @Test
    void shouldServeThePipelinePageUnderItsOwnPolicy() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PAGE_CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<script type=\"module\" src=\"/js/pipeline.js\">"))
                .body(not(containsString("<script>")));
    }

    @Test
    void shouldServeAProductPageForItsId() {
        given().when()
                .get("/products/" + CEPLENE)
                .then()
                .statusCode(200)
                .body(containsString("data-id=\"" + CEPLENE + "\""))
                .body(containsString("/js/product.js"));
    }

    @Test
    void shouldRefuseAProductPathThatIsNoIdAsTheApiDoes() {
        given().when()
                .get("/products/ceplene")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldServeTheScriptsUnderThePagePolicyAndTheApiUnderItsOwn() {
        given().when()
                .get("/js/pipeline.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", equalTo(PAGE_CSP));
        given().when()
                .get("/api/v1")
                .then()
                .statusCode(200)
                .header(
                        "Content-Security-Policy",
                        equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}
