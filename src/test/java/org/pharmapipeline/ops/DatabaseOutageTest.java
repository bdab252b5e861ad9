package org.pharmapipeline.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pharmapipeline.OwnPostgresCluster;
import org.pharmapipeline.TestDatabase;
import org.pharmapipeline.TestIds;
import org.pharmapipeline.Tokens;

/**
 * Takes PostgreSQL away under traffic and brings it back: while it is away every request is
 * answered at once with a 503 problem a client may retry (never a 500), readiness is down, and once
 * it is back the service answers again without a restart, with every write it acknowledged. The
 * database is a cluster of the test's own, so no other test loses its database. H2 is embedded in
 * the service and cannot go away, so the test runs on PostgreSQL builds only.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnCluster.class)
@EnabledIfSystemProperty(named = "pipeline.database", matches = "postgresql")
class DatabaseOutageTest {

    /**
     * The application on a PostgreSQL cluster of this test's own. Its name is how {@link
     * TestDatabase} knows to leave the shared server alone ({@link
     * TestDatabase#OWN_CLUSTER_PROFILE}).
     */
    public static class OwnCluster implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnPostgresCluster.class));
        }
    }

    /** The pool's acquisition timeout (quarkus.datasource.jdbc.acquisition-timeout). */
    static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(5);

    static final Duration AWAY = Duration.ofSeconds(8);
    static final RestAssuredConfig BOUNDED =
            RestAssuredConfig.config()
                    .httpClient(
                            HttpClientConfig.httpClientConfig()
                                    .setParam("http.connection.timeout", 5_000)
                                    .setParam("http.socket.timeout", 20_000));

    record Outcome(int status, long millis, long at) {}

    @Test
    void shouldAnswer503WhileTheDatabaseIsAwayAndRecoverWithEveryAcknowledgedWrite()
            throws Exception {
        OwnPostgresCluster cluster = OwnPostgresCluster.current();
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong firstSuccessAfterReturn = new AtomicLong(-1);
        AtomicLong returnedAt = new AtomicLong(Long.MAX_VALUE);
        String token = Tokens.editor();
        ExecutorService traffic = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            boolean writer = worker % 2 == 0;
            workers.add(
                    traffic.submit(
                            () -> {
                                while (running.get()) {
                                    long start = System.nanoTime();
                                    Response response = writer ? create(token) : read(start);
                                    long end = System.nanoTime();
                                    outcomes.add(
                                            new Outcome(
                                                    response.statusCode(),
                                                    (end - start) / 1_000_000,
                                                    end));
                                    if (response.statusCode() == 201) {
                                        acknowledged.add(response.path("id"));
                                    }
                                    if (response.statusCode() < 300 && end > returnedAt.get()) {
                                        firstSuccessAfterReturn.compareAndSet(-1, end);
                                    }
                                    pause(50);
                                }
                                return null;
                            }));
        }
        // Traffic runs until writes are being acknowledged (the first requests warm the service
        // up).
        long warmUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 3 && System.nanoTime() < warmUp) {
            pause(100);
        }
        int beforeOutage = acknowledged.size();

        cluster.stopServer();
        long stoppedAt = System.nanoTime();
        boolean readinessDown = false;
        while (System.nanoTime() - stoppedAt < AWAY.toNanos()) {
            int ready = given().when().get("/q/health/ready").statusCode();
            readinessDown |= ready == 503;
            pause(250);
        }
        cluster.startServer();
        returnedAt.set(System.nanoTime());
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (firstSuccessAfterReturn.get() < 0 && System.nanoTime() < deadline) {
            pause(100);
        }
        pause(1_000);
        running.set(false);
        for (Future<?> w : workers) {
            w.get(30, TimeUnit.SECONDS);
        }
        traffic.shutdown();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        long slowest503 = 0;
        for (Outcome o : outcomes) {
            byStatus.merge(o.status(), 1, Integer::sum);
            if (o.status() == 503) {
                slowest503 = Math.max(slowest503, o.millis());
            }
        }
        System.out.printf(
                "Outage of %s under traffic: answers by status %s; slowest 503 %d ms; back %d ms"
                        + " after the database; %d writes acknowledged (%d before the outage)%n",
                AWAY,
                byStatus,
                slowest503,
                firstSuccessAfterReturn.get() < 0
                        ? -1
                        : (firstSuccessAfterReturn.get() - returnedAt.get()) / 1_000_000,
                acknowledged.size(),
                beforeOutage);
        for (int status : byStatus.keySet()) {
            assertTrue(
                    status == 200 || status == 201 || status == 503,
                    "Only successes and 503 problems are expected; got " + byStatus);
        }
        assertThat("the outage was noticed", byStatus.getOrDefault(503, 0), greaterThan(0));
        assertThat(
                "every 503 came within the pool's acquisition timeout",
                slowest503,
                lessThan(ACQUISITION_TIMEOUT.toMillis() + 1_000));
        assertTrue(readinessDown, "readiness must be down while the database is away");
        given().when().get("/q/health/ready").then().statusCode(200);
        assertTrue(firstSuccessAfterReturn.get() > 0, "the service must answer again");
        assertThat(
                "success within 5 s after the database returns",
                (firstSuccessAfterReturn.get() - returnedAt.get()) / 1_000_000,
                lessThan(5_000L));
        assertThat(beforeOutage, greaterThan(0));
        for (String id : acknowledged) {
            given().config(BOUNDED).when().get("/api/v1/companies/" + id).then().statusCode(200);
        }
        // A write whose answer was lost with the connection may be there too, so at least.
        assertThat(
                given().queryParam("q", "Outage test")
                        .when()
                        .get("/api/v1/companies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("totalItems"),
                greaterThanOrEqualTo(acknowledged.size()));
    }

    private static Response create(String token) {
        return given().config(BOUNDED)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Outage test " + UUID.randomUUID(), "country", "SE"))
                .when()
                .post("/api/v1/companies");
    }

    private static Response read(long tick) {
        return tick % 2 == 0
                ? given().config(BOUNDED).when().get("/api/v1/companies/" + TestIds.EPICEPT)
                : given().config(BOUNDED)
                        .queryParam("size", 5)
                        .when()
                        .get("/api/v1/product-candidates");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
