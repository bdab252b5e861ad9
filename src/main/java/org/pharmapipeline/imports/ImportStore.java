package org.pharmapipeline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes the stored state of imports. Every method works in the caller's transaction, so
 * that a batch's rows and the figures that count them commit together.
 */
@ApplicationScoped
public class ImportStore {

    @Inject EntityManager em;

    @Inject ObjectMapper json;

    /** Thrown when an import was ended meanwhile (by a sweep that found it silent). */
    public static final class Ended extends RuntimeException {
        Ended(UUID id) {
            super("Import " + id + " was ended meanwhile", null, false, false);
        }
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The import, which must still be running (or queued, for {@code queued}). */
    ImportRun active(UUID id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null || !run.state.active()) {
            throw new Ended(id);
        }
        return run;
    }

    /** Marks a queued import running; null when it is no longer queued. */
    ImportRun start(UUID id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null || run.state != ImportState.QUEUED) {
            return null;
        }
        run.state = ImportState.RUNNING;
        run.startedAt = now();
        run.heartbeatAt = run.startedAt;
        return run;
    }

    void total(UUID id, long total) {
        ImportRun run = active(id);
        run.rowsTotal = total;
        run.heartbeatAt = now();
    }

    void source(UUID id, UUID sourceId) {
        active(id).sourceId = sourceId;
    }

    /**
     * Stores the figures so far and the issues found since the last call (as many as the import may
     * keep). With {@code provisional}, rows created, changed and unchanged are left at zero: an
     * all-or-nothing import has stored none of them yet.
     */
    void progress(UUID id, Tally tally, boolean provisional, int maxProblems) {
        ImportRun run = active(id);
        store(run, tally, provisional, maxProblems);
        run.heartbeatAt = now();
    }

    /** Ends an import with its outcome and final figures. */
    void finish(
            UUID id,
            ImportState outcome,
            String failure,
            Tally tally,
            boolean provisional,
            int maxProblems) {
        ImportRun run = active(id);
        store(run, tally, provisional, maxProblems);
        run.end(outcome, failure, now());
    }

    private void store(ImportRun run, Tally tally, boolean provisional, int maxProblems) {
        List<Batch.Issue> issues = tally.drainIssues();
        long kept =
                em.createQuery(
                                "select count(p) from RowProblem p where p.importId = :id",
                                Long.class)
                        .setParameter("id", run.id)
                        .getSingleResult();
        for (Batch.Issue issue : issues) {
            if (kept++ >= maxProblems) {
                break;
            }
            RowProblem problem = new RowProblem();
            problem.id = UUID.randomUUID();
            problem.importId = run.id;
            problem.row = issue.row();
            problem.severity = issue.severity();
            problem.type = issue.type();
            problem.status = issue.status();
            problem.detail = cut(issue.detail(), 2000);
            problem.violations = violations(issue);
            em.persist(problem);
        }
        if (provisional) {
            Tally shown = tally.copy();
            shown.created = 0;
            shown.updated = 0;
            shown.unchanged = 0;
            shown.clearRecords();
            shown.copyTo(run);
        } else {
            tally.copyTo(run);
        }
    }

    private String violations(Batch.Issue issue) {
        try {
            String text = json.writeValueAsString(issue.violations());
            return text.length() <= 8000 ? text : json.writeValueAsString(List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * Renews the sign of life of a queued or running import, without touching its version (the job
     * that runs it updates it meanwhile).
     */
    void heartbeat(UUID id) {
        em.createQuery(
                        "update ImportRun r set r.heartbeatAt = :now where r.id = :id and r.state"
                                + " in :active")
                .setParameter("now", now())
                .setParameter("id", id)
                .setParameter("active", List.of(ImportState.QUEUED, ImportState.RUNNING))
                .executeUpdate();
    }

    /**
     * Ends, as failed, every import that is queued or running but has shown no sign of life since
     * {@code silentSince}: the instance running it stopped or died. Returns them.
     */
    List<UUID> sweep(Instant silentSince) {
        List<ImportRun> silent =
                em.createQuery(
                                "select r from ImportRun r where r.state in :active"
                                        + " and coalesce(r.heartbeatAt, r.createdAt) < :since",
                                ImportRun.class)
                        .setParameter("active", List.of(ImportState.QUEUED, ImportState.RUNNING))
                        .setParameter("since", silentSince)
                        .getResultList();
        for (ImportRun run : silent) {
            run.end(ImportState.FAILED, interrupted(run), now());
        }
        return silent.stream().map(r -> r.id).toList();
    }

    /** Why an import that stopped without ending failed, and what it left. */
    static String interrupted(ImportRun run) {
        if (run.state == ImportState.QUEUED || run.startedAt == null) {
            return "Interrupted: the service stopped before the import started; nothing was"
                    + " imported. Upload the file again.";
        }
        return "Interrupted: the service stopped while the import was running. "
                + (!run.dryRun && run.onError == OnError.SKIP
                        ? "The rows it reports as created, updated or unchanged ("
                                + (run.rowsCreated + run.rowsUpdated + run.rowsUnchanged)
                                + ") are imported; the others are not. Upload the file again to"
                                + " import the rest: the imported rows will be unchanged."
                        : "Nothing was imported (all or nothing). Upload the file again.");
    }
}
