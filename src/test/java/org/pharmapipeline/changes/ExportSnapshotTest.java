package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.Tokens;
import org.pharmapipeline.imports.ImportProfile;

/**
 * An export is one snapshot: while it is read, other clients create, change and delete records, and
 * the records it holds plus the change feed after its cursor make exactly the state after those
 * writes, nothing missed and nothing repeated. Runs with the import tests' service, whose database
 * may hold many records.
 */
@QuarkusTest
@TestProfile(ImportProfile.class)
class ExportSnapshotTest {

    /** Companies the export holds before the writers start: many batches to read. */
    private static final int COMPANIES = 2000;

    @TestHTTPResource("/api/v1/export")
    URI export;

    @Test
    void shouldHoldOneSnapshotThatTheFeedFromItsCursorBringsToTheFinalState() throws Exception {
        String prefix = TemporaryRecords.uniqueName("Snapshot");
        String description = "x".repeat(1000);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < COMPANIES; i++) {
            file.append("{\"collection\":\"companies\",\"name\":\"")
                    .append(prefix)
                    .append(' ')
                    .append(i)
                    .append("\",\"description\":\"")
                    .append(description)
                    .append("\"}\n");
        }
        Exports.importNdjson(Tokens.admin(), file.toString());
        List<String> ids = new CopyOnWriteArrayList<>();
        for (ObjectNode record : Exports.take().records().values()) {
            if (record.path("name").asText().startsWith(prefix)) {
                ids.add(record.get("id").asText());
            }
        }
        assertEquals(COMPANIES, ids.size());

        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(pool.submit(() -> write(writer, prefix, ids, stop)));
        }
        Thread.sleep(500);
        Exports.Export during = readSlowly();
        Thread.sleep(500);
        stop.set(true);
        int writes = 0;
        for (Future<Integer> writer : writers) {
            writes += writer.get();
        }
        pool.shutdown();
        Exports.Export after = Exports.take();

        Map<String, JsonNode> state = new HashMap<>(during.records());
        List<Map<String, Object>> changes = Feed.all(during.cursor());
        for (Map<String, Object> change : changes) {
            String key = change.get("collection") + "/" + change.get("id");
            long version = ((Number) change.get("version")).longValue();
            JsonNode held = state.get(key);
            switch ((String) change.get("operation")) {
                case "CREATED" -> {
                    assertEquals(null, held, "a record created after the cursor is not exported");
                    state.put(key, Exports.JSON.valueToTree(change.get("record")));
                }
                case "UPDATED" -> {
                    assertTrue(
                            held != null && held.get("version").asLong() < version,
                            "an update after the cursor is newer than the exported record: " + key);
                    state.put(key, Exports.JSON.valueToTree(change.get("record")));
                }
                default -> {
                    assertTrue(held != null, "a deleted record was exported or created: " + key);
                    state.remove(key);
                }
            }
        }
        assertEquals(after.records().keySet(), state.keySet(), "nothing missed, nothing left over");
        for (Map.Entry<String, ObjectNode> record : after.records().entrySet()) {
            assertEquals(record.getValue(), state.get(record.getKey()), record.getKey());
        }
        assertTrue(writes > 0, "the writers wrote");
        assertTrue(!changes.isEmpty(), "some writes committed after the export's snapshot");
        assertTrue(
                during.records().keySet().stream()
                        .anyMatch(
                                key ->
                                        during.records()
                                                .get(key)
                                                .path("name")
                                                .asText()
                                                .startsWith(prefix + " new")),
                "some writes committed before the export's snapshot");
        assertEquals(
                String.valueOf(
                        changes.isEmpty()
                                ? during.cursor()
                                : changes.get(changes.size() - 1).get("cursor")),
                after.cursor(),
                "the feed ends where the last export starts");
    }

    /** The export, read a little at a time, so that it stays open while the writers write. */
    private Exports.Export readSlowly() throws Exception {
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(export)
                                        .header("Accept", Exports.NDJSON)
                                        .header("Authorization", "Bearer " + Tokens.admin())
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        String cursor = response.headers().firstValue("X-Change-Cursor").orElseThrow();
        StringBuilder text = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            int read = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                text.append(line).append('\n');
                if (++read % 100 == 0) {
                    Thread.sleep(20);
                }
            }
        }
        return Exports.read(cursor, text.toString());
    }

    /** Creates, changes and deletes companies until told to stop; returns how many writes. */
    private static int write(int writer, String prefix, List<String> ids, AtomicBoolean stop) {
        Random random = new Random(writer);
        int writes = 0;
        while (!stop.get()) {
            int choice = random.nextInt(3);
            if (choice == 0) {
                ids.add(
                        TemporaryRecords.create(
                                "/api/v1/companies",
                                "{\"name\": \""
                                        + prefix
                                        + " new "
                                        + writer
                                        + "-"
                                        + writes
                                        + "\"}"));
            } else {
                String id;
                synchronized (ids) {
                    id = ids.remove(random.nextInt(ids.size()));
                }
                if (choice == 1) {
                    String etag =
                            given().when()
                                    .get("/api/v1/companies/" + id)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .header("ETag");
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", etag)
                            .body("{\"aliases\": [\"Changed " + writes + "\"]}")
                            .when()
                            .patch("/api/v1/companies/" + id)
                            .then()
                            .statusCode(200);
                    ids.add(id);
                } else {
                    TemporaryRecords.delete("/api/v1/companies", id);
                }
            }
            writes++;
        }
        return writes;
    }
}
