package org.pharmapipeline.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Item 5: the service stopped mid-import. An import interrupted as a stop of the service interrupts
 * it ends FAILED, and the database holds nothing of it (onError=abort) or exactly the rows it
 * reports (onError=skip); an import whose instance died without a word is found by its silence.
 */
@QuarkusTest
@TestProfile(ImportProfile.class)
class ImportInterruptionTest {

    private static final int LINES = 3000;

    @Inject ImportRunner runner;

    @Inject EntityManager em;

    /** A file of companies under known ids, one per line. */
    private static List<UUID> companies(StringBuilder file) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            file.append(
                    "{\"collection\": \"companies\", \"id\": \"%s\", \"name\": \"Stop Pharma %s %d\"}\n"
                            .formatted(id, tag, i));
        }
        return ids;
    }

    /** Uploads the file and interrupts its import once it has written some batches. */
    private JsonPath interruptedImport(String query, StringBuilder file) {
        String path =
                Uploads.upload(
                        query,
                        "application/x-ndjson",
                        file.toString().getBytes(StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = given().when().get(path).then().extract().jsonPath();
            if (run.getInt("rows.read") >= 200
                    || !run.getString("state").equals("QUEUED")
                            && !run.getString("state").equals("RUNNING")) {
                break;
            }
        }
        runner.interrupt();
        return Uploads.awaitEnd(path);
    }

    private long stored(List<UUID> ids) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createQuery(
                                                "select count(c) from Company c where c.id in :ids",
                                                Long.class)
                                        .setParameter("ids", ids)
                                        .getSingleResult());
    }

    @Test
    void shouldLeaveNothingOfAnAllOrNothingImportThatWasInterrupted() {
        StringBuilder file = new StringBuilder();
        List<UUID> ids = companies(file);

        JsonPath run = interruptedImport("onError=abort", file);

        assertEquals("FAILED", run.getString("state"), Uploads.describe(run));
        assertTrue(run.getString("failure").startsWith("Interrupted"), run.getString("failure"));
        assertTrue(
                run.getString("failure").contains("Nothing was imported"),
                run.getString("failure"));
        assertTrue(run.getInt("rows.read") > 0 && run.getInt("rows.read") < LINES, run.prettify());
        assertEquals(0, run.getInt("rows.created"));
        assertEquals(0L, stored(ids));
    }

    @Test
    void shouldKeepExactlyTheRowsItReportsWhenAnImportWithOnErrorSkipWasInterrupted() {
        StringBuilder file = new StringBuilder();
        List<UUID> ids = companies(file);

        JsonPath run = interruptedImport("onError=skip", file);

        assertEquals("FAILED", run.getString("state"), Uploads.describe(run));
        assertTrue(run.getString("failure").startsWith("Interrupted"), run.getString("failure"));
        int created = run.getInt("rows.created");
        assertTrue(created > 0 && created < LINES, run.prettify());
        assertEquals(created, run.getInt("rows.read"));
        // The rows it reports are the first ones of the file, and exactly those are stored.
        assertEquals(created, stored(ids));
        assertEquals(created, stored(ids.subList(0, created)));

        // Importing the file again imports the rest, the stored rows unchanged.
        JsonPath again =
                Uploads.imported(
                        "onError=skip",
                        "application/x-ndjson",
                        file.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(created, again.getInt("rows.unchanged"), Uploads.describe(again));
        assertEquals(LINES - created, again.getInt("rows.created"));
        assertEquals(LINES, stored(ids));
    }

    @Test
    void shouldReportAnImportWhoseInstanceFellSilentAsInterrupted() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            ImportRun run = new ImportRun();
                            run.id = id;
                            run.state = ImportState.RUNNING;
                            run.format = "ndjson";
                            run.fileName = "lost.ndjson";
                            run.size = 10;
                            run.checksum = "sha256:" + "0".repeat(64);
                            run.activeChecksum = run.checksum;
                            run.onError = OnError.SKIP;
                            run.createdBy = "test-admin";
                            run.createdAt = Instant.now().minus(Duration.ofMinutes(10));
                            run.startedAt = run.createdAt;
                            // Its instance stopped renewing this ten minutes ago.
                            run.heartbeatAt = run.createdAt;
                            run.rowsRead = 40;
                            run.rowsCreated = 40;
                            em.persist(run);
                        });

        List<UUID> ended = runner.sweep(Duration.ofMinutes(2));

        assertTrue(ended.contains(id));
        JsonPath run = given().when().get(Uploads.IMPORTS + "/" + id).then().extract().jsonPath();
        assertEquals("FAILED", run.getString("state"));
        assertTrue(
                run.getString("failure")
                        .contains(
                                "The rows it reports as created, updated or unchanged (40) are imported"),
                run.getString("failure"));
        // It no longer holds the file: the same file may be imported again.
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select count(r) from ImportRun r where r.activeChecksum = :c",
                                                        Long.class)
                                                .setParameter("c", "sha256:" + "0".repeat(64))
                                                .getSingleResult()));
    }
}
