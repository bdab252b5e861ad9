package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/**
 * Many writers commit at once while a reader follows the feed: the reader never meets a change
 * below a cursor it has passed, so what it collected page by page is exactly what the whole feed
 * holds afterwards, every change once.
 */
@QuarkusTest
class GapFreeFeedTest {

    static final int WRITERS = 12;
    static final int RECORDS_EACH = 15;

    @Test
    void shouldLetAReaderFollowingTheFeedMissNoChangeOfConcurrentWriters() throws Exception {
        String start = Feed.head();
        String prefix = TemporaryRecords.uniqueName("Gap-free");
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<List<Map<String, Object>>> follower =
                    pool.submit(
                            () -> {
                                go.await();
                                return follow(start, writing);
                            });
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return write(prefix + " " + writer);
                                }));
            }
            go.countDown();
            Set<String> written = new HashSet<>();
            for (Future<List<String>> writer : writers) {
                written.addAll(writer.get(5, TimeUnit.MINUTES));
            }
            writing.set(false);
            List<Map<String, Object>> followed = follower.get(5, TimeUnit.MINUTES);

            List<Map<String, Object>> whole = Feed.all(start);
            assertEquals(whole, followed, "what the follower saw differs from the feed");
            long previous = start.isEmpty() ? 0 : Long.parseLong(start);
            for (Map<String, Object> change : followed) {
                long position = Long.parseLong((String) change.get("cursor"));
                assertTrue(position > previous, "cursor " + position + " after " + previous);
                previous = position;
            }
            Map<String, List<String>> byRecord = new java.util.HashMap<>();
            for (Map<String, Object> change : whole) {
                if (written.contains((String) change.get("id"))) {
                    byRecord.computeIfAbsent((String) change.get("id"), k -> new ArrayList<>())
                            .add((String) change.get("operation"));
                }
            }
            assertEquals(WRITERS * RECORDS_EACH, written.size());
            assertEquals(written, byRecord.keySet());
            byRecord.forEach(
                    (id, operations) ->
                            assertEquals(List.of("CREATED", "UPDATED", "DELETED"), operations, id));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Creates, updates and deletes records, each in its own transaction; returns their ids. */
    private static List<String> write(String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RECORDS_EACH; i++) {
            String id =
                    TemporaryRecords.create(
                            "/api/v1/companies", "{\"name\": \"" + prefix + " " + i + "\"}");
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body("{\"country\": \"SE\"}")
                    .when()
                    .patch("/api/v1/companies/" + id)
                    .then()
                    .statusCode(200);
            given().header("If-Match", "\"1\"")
                    .when()
                    .delete("/api/v1/companies/" + id)
                    .then()
                    .statusCode(204);
            ids.add(id);
        }
        return ids;
    }

    /**
     * Follows the feed in small pages while the writers write, then to its end; returns every
     * change seen, in the order seen.
     */
    private static List<Map<String, Object>> follow(String start, AtomicBoolean writing) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = start;
        boolean last = false;
        while (true) {
            boolean finalRound = !writing.get();
            JsonPath page = Feed.page(cursor, 7);
            List<Map<String, Object>> items = page.getList("items");
            seen.addAll(items);
            cursor = page.getString("next");
            if (items.isEmpty() && last) {
                return seen;
            }
            last = finalRound;
        }
    }
}
