package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/**
 * Many writers changing one record at once, each reading it, changing it and writing it back with
 * If-Match: every stale write is refused with 412 and retried, so no update is lost.
 */
@QuarkusTest
class ConcurrentUpdatesTest {

    static final int WRITERS = 16;
    static final int UPDATES_EACH = 40;

    @Test
    void shouldLoseNoUpdateWhenSixteenWritersIncrementOneRecord() throws Exception {
        String url =
                "/api/v1/companies/"
                        + TemporaryRecords.create(
                                "/api/v1/companies",
                                "{\"name\": \""
                                        + TemporaryRecords.uniqueName("Concurrency test")
                                        + "\", \"description\": \"0\"}");
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    int done = 0;
                                    int conflicts = 0;
                                    while (done < UPDATES_EACH) {
                                        Response read = given().when().get(url);
                                        assertEquals(200, read.statusCode());
                                        int count = Integer.parseInt(read.path("description"));
                                        int status =
                                                given().contentType("application/merge-patch+json")
                                                        .header("If-Match", read.header("ETag"))
                                                        .body(
                                                                Map.of(
                                                                        "description",
                                                                        String.valueOf(count + 1)))
                                                        .when()
                                                        .patch(url)
                                                        .statusCode();
                                        if (status == 200) {
                                            done++;
                                            conflicts = 0;
                                        } else if (status == 412) {
                                            refused.incrementAndGet();
                                            // Back off, longer after each refusal, as a
                                            // well-behaved client does.
                                            conflicts++;
                                            Thread.sleep(
                                                    ThreadLocalRandom.current()
                                                            .nextLong(
                                                                    1,
                                                                    Math.min(
                                                                            400,
                                                                            10L
                                                                                    << Math.min(
                                                                                            conflicts,
                                                                                            6))));
                                        } else {
                                            throw new AssertionError(
                                                    "A read-modify-write got " + status);
                                        }
                                    }
                                    return done;
                                }));
            }
            start.countDown();
            int total = 0;
            // A bound for a machine far busier than CI's, so that a stuck writer fails the test
            // instead of hanging the build.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            for (Future<Integer> writer : writers) {
                try {
                    total += writer.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError("The writers did not finish within 30 minutes", e);
                }
            }
            Response last = given().when().get(url);
            System.out.printf(
                    "%d writers x %d updates: %d stale writes refused with 412 and retried%n",
                    WRITERS, UPDATES_EACH, refused.get());
            assertEquals(WRITERS * UPDATES_EACH, total);
            assertEquals(String.valueOf(WRITERS * UPDATES_EACH), last.path("description"));
            assertEquals(WRITERS * UPDATES_EACH, (int) last.path("version"));
            assertTrue(refused.get() > 0, "the writers did overlap");
        } finally {
            pool.shutdownNow();
            // No writer may still be changing the record while it is deleted.
            pool.awaitTermination(1, TimeUnit.MINUTES);
            TemporaryRecords.delete("/api/v1/companies", url.substring(url.lastIndexOf('/') + 1));
        }
    }
}
