package org.pharmapipeline.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.TestIds.CEPLENE;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Every request has an id, returned to the client and written with everything logged for it. */
@QuarkusTest
class RequestIdTest {

    static final String UUID_PATTERN =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldReturnTheRequestIdTheClientSent() {
        given().header("X-Request-Id", "checkout-7f3a.2")
                .when()
                .get("/api/v1/product-candidates/" + CEPLENE)
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("checkout-7f3a.2"));
    }

    @Test
    void shouldGiveARequestWithoutAnIdANewOne() {
        given().when()
                .get("/api/v1/pipeline")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldReplaceAnIdThatCouldForgeLogLines() {
        given().header("X-Request-Id", "x\" status=200 forged")
                .when()
                .get("/api/v1/pipeline")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "a".repeat(65))
                .when()
                .get("/api/v1/pipeline")
                .then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldGiveProblemAnswersARequestIdToo() {
        given().when()
                .get("/api/v1/product-candidates/not-a-uuid")
                .then()
                .statusCode(not(equalTo(200)))
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldWriteTheRequestIdInTheAccessLogAndItsLoggingContext() throws Exception {
        Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
        Level level = accessLog.getLevel();
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture =
                new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        // The logging context is read lazily; keep the one of the logging thread.
                        ((ExtLogRecord) record).copyMdc();
                        records.add(record);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        accessLog.setLevel(Level.INFO);
        accessLog.addHandler(capture);
        try {
            given().header("X-Request-Id", "trace-access-1")
                    .when()
                    .get("/api/v1/product-candidates/" + CEPLENE)
                    .then()
                    .statusCode(200);
            given().header("X-Request-Id", "trace-probe-1")
                    .when()
                    .get("/q/health/live")
                    .then()
                    .statusCode(200);
            given().header("X-Request-Id", "trace-access-2")
                    .when()
                    .get("/api/v1/pipeline")
                    .then()
                    .statusCode(200);
            // The access log is written when the response has been sent.
            long deadline = System.currentTimeMillis() + 5000;
            while (records.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            accessLog.removeHandler(capture);
            accessLog.setLevel(level);
        }

        assertEquals(2, records.size(), "one line per API request, none for /q/: " + records);
        LogRecord product = records.get(0);
        String line = product.getMessage();
        assertTrue(
                line.contains("\"GET /api/v1/product-candidates/" + CEPLENE + " HTTP/1.1\" 200"),
                line);
        assertTrue(line.contains("request-id=trace-access-1"), line);
        assertEquals("trace-access-1", ((ExtLogRecord) product).getMdc("requestId"));
        assertTrue(records.get(1).getMessage().contains("request-id=trace-access-2"));
    }
}
