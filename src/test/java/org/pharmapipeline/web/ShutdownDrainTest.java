package org.pharmapipeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.TestIds.CEPLENE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Once the shutdown delay is over, new API requests are turned away; probes are still answered. */
@QuarkusTest
class ShutdownDrainTest {

    @Inject ShutdownDrain drain;

    @Test
    void shouldTurnAwayNewRequestsWhileDrainingAndStillAnswerProbes() {
        drain.drain();
        try {
            given().when()
                    .get("/api/v1/product-candidates/" + CEPLENE)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Connection", "close")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:pipeline:problem:shutting-down"))
                    .body("instance", equalTo("/api/v1/product-candidates/" + CEPLENE));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            drain.resume();
        }
        given().when().get("/api/v1/product-candidates/" + CEPLENE).then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().extract().asString();
        assertTrue(
                metrics.lines()
                        .anyMatch(
                                l ->
                                        l.startsWith("http_server_requests_seconds_count{")
                                                && l.contains("uri=\"/SHUTTING_DOWN\"")
                                                && l.contains("status=\"503\"")),
                () ->
                        "turned-away requests are not counted under one label: "
                                + metrics.lines().filter(l -> l.contains("503")).toList());
        assertFalse(metrics.contains(CEPLENE), "a record id is a metric label");
    }
}
