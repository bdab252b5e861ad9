package org.pharmapipeline.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.TestIds.CEPLENE;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: per-route request timings with templated paths, and the connection pool. */
@QuarkusTest
class MetricsTest {

    static final String PRODUCT_ROUTE = "uri=\"/api/v1/product-candidates/{id}\"";

    @Test
    void shouldTimeRequestsByRouteTemplateAndNeverByRecordId() {
        String unknown = UUID.randomUUID().toString();
        given().when().get("/api/v1/product-candidates/" + CEPLENE).then().statusCode(200);
        given().when().get("/api/v1/product-candidates/" + unknown).then().statusCode(404);

        List<String> lines = metrics();

        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith("http_server_requests_seconds_count{")
                                                && l.contains(PRODUCT_ROUTE)
                                                && l.contains("status=\"200\"")
                                                && l.contains("method=\"GET\"")),
                "no GET 200 timing for the product route");
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith("http_server_requests_seconds_count{")
                                                && l.contains(PRODUCT_ROUTE)
                                                && l.contains("status=\"404\"")),
                "an unknown id is not timed under the product route");
        assertFalse(lines.stream().anyMatch(l -> l.contains(CEPLENE)), "a record id is a label");
        assertFalse(lines.stream().anyMatch(l -> l.contains(unknown)), "a record id is a label");
    }

    @Test
    void shouldNotTurnUnknownPathsIntoLabels() {
        String path = "/api/v1/no-such-collection-" + UUID.randomUUID();
        given().when().get(path).then().statusCode(404);

        List<String> lines = metrics();

        assertFalse(lines.stream().anyMatch(l -> l.contains("no-such-collection")), path);
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith("http_server_requests_seconds_count{")
                                                && l.contains("uri=\"NOT_FOUND\"")
                                                && l.contains("status=\"404\"")),
                "unknown paths are not counted under one NOT_FOUND label");
    }

    @Test
    void shouldNotTimeTheOperationsEndpoints() {
        given().when().get("/q/health/ready").then().statusCode(200);

        assertFalse(metrics().stream().anyMatch(l -> l.contains("uri=\"/q/")));
    }

    @Test
    void shouldReportTheConnectionPool() {
        given().when().get("/api/v1/product-candidates/" + CEPLENE).then().statusCode(200);

        List<String> lines = metrics();

        String maxUsed =
                lines.stream()
                        .filter(l -> l.startsWith("agroal_max_used_count{"))
                        .filter(l -> l.contains("datasource=\"default\""))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no agroal_max_used_count"));
        assertTrue(
                Double.parseDouble(maxUsed.substring(maxUsed.lastIndexOf(' ') + 1)) >= 1, maxUsed);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("agroal_max_used_count{")).count());
    }

    static List<String> metrics() {
        return given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> !l.startsWith("#"))
                .toList();
    }
}
