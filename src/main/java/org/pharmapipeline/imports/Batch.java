package org.pharmapipeline.imports;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;

/**
 * The rows an import writes in one persistence context: what each row wrote, refused or warned
 * about. Nothing is flushed while the rows are written; once the batch is flushed, {@link #settle}
 * tells what every row did (created, changed or left records as they were) from the versions the
 * flush gave the records.
 */
public final class Batch {

    /** What a row did, in the order of precedence a row with several writes is counted by. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        SKIPPED,
        REJECTED
    }

    /** A row's warning or the problem that rejected it. */
    public record Issue(
            long row,
            RowProblem.Severity severity,
            String type,
            Integer status,
            String detail,
            List<Problem.Violation> violations) {

        /** The type of a warning about a row, which is no problem answer. */
        static final String WARNING = "urn:pipeline:import:warning";

        static Issue rejection(long row, ProblemException problem) {
            return new Issue(
                    row,
                    RowProblem.Severity.ERROR,
                    problem.type().uri(),
                    problem.status(),
                    problem.getMessage(),
                    problem.violations());
        }
    }

    /** One write of a row. */
    private record Write(
            CrudService<?, ?, ?> service,
            BaseEntity entity,
            boolean created,
            long versionBefore,
            boolean countsAsUpdate) {}

    private static final class RowLog {
        final List<Write> writes = new ArrayList<>();
        Outcome fixed;
        Outcome outcome;
    }

    private final ImportContext context;
    private final Map<Long, RowLog> rows = new LinkedHashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private RowLog current;
    private long currentRow;

    Batch(ImportContext context) {
        this.context = context;
    }

    public ImportContext context() {
        return context;
    }

    void start(Row<?> row) {
        currentRow = row.number();
        current = new RowLog();
        rows.put(currentRow, current);
    }

    /**
     * Writes a record for the current row through its collection's service: creates it when {@code
     * existing} is null, replaces it otherwise.
     */
    public <E extends BaseEntity, Q> E write(
            CrudService<E, Q, ?> service, E existing, UUID id, Q request) {
        boolean created = existing == null;
        long before = created ? -1 : existing.version;
        // A change counts once per record: not for a record this import created, nor for one it
        // changed already (in an earlier batch).
        boolean countsAsUpdate =
                !created
                        && !context.createdHere(existing.createdAt, existing.createdBy)
                        && !context.createdHere(existing.updatedAt, existing.updatedBy);
        E entity = service.importWrite(existing, id, request, context.author());
        current.writes.add(new Write(service, entity, created, before, countsAsUpdate));
        return entity;
    }

    /** Whether the current row has written anything yet. */
    boolean currentRowWrote() {
        return !current.writes.isEmpty();
    }

    /** Rejects the current row, which must not have written anything. */
    void reject(ProblemException problem) {
        rejectRow(currentRow, problem);
    }

    /** Rejects a row of this batch that is left out of it. */
    void rejectRow(long row, ProblemException problem) {
        RowLog log = rows.computeIfAbsent(row, r -> new RowLog());
        log.writes.clear();
        log.fixed = Outcome.REJECTED;
        issues.add(Issue.rejection(row, problem));
    }

    /** Leaves the current row out by design (a veterinary medicine, say), saying why. */
    public void skip() {
        current.fixed = Outcome.SKIPPED;
    }

    /** Records a warning about the current row: something the import did with it to note. */
    public void warn(String field, String message) {
        issues.add(
                new Issue(
                        currentRow,
                        RowProblem.Severity.WARNING,
                        Issue.WARNING,
                        null,
                        field + ": " + message,
                        List.of(new Problem.Violation(field, message))));
    }

    /** The records written, by the service that wrote them, for its batch rules. */
    Map<CrudService<?, ?, ?>, List<BaseEntity>> written() {
        Map<CrudService<?, ?, ?>, List<BaseEntity>> byService = new LinkedHashMap<>();
        Map<BaseEntity, Boolean> seen = new IdentityHashMap<>();
        for (RowLog log : rows.values()) {
            for (Write w : log.writes) {
                if (seen.put(w.entity(), Boolean.TRUE) == null) {
                    byService.computeIfAbsent(w.service(), s -> new ArrayList<>()).add(w.entity());
                }
            }
        }
        return byService;
    }

    /**
     * After the flush: records each record the batch created or changed in the change log, once,
     * attributed to the import.
     */
    void recordChanges() {
        Map<BaseEntity, Write> first = new IdentityHashMap<>();
        for (RowLog log : rows.values()) {
            for (Write w : log.writes) {
                first.merge(w.entity(), w, (earlier, later) -> earlier);
            }
        }
        String actor = "import:" + context.importId();
        first.values()
                .forEach(
                        w -> {
                            if (w.created() || w.entity().version != w.versionBefore()) {
                                recordChange(w.service(), w.entity(), w.created(), actor);
                            }
                        });
    }

    @SuppressWarnings("unchecked")
    private static <E extends BaseEntity> void recordChange(
            CrudService<?, ?, ?> service, BaseEntity entity, boolean created, String actor) {
        ((CrudService<E, ?, ?>) service).recordImported((E) entity, created, actor);
    }

    /** After the flush: what each row did, added to {@code tally}. */
    void settle(Tally tally) {
        Map<BaseEntity, Boolean> counted = new IdentityHashMap<>();
        for (RowLog log : rows.values()) {
            Outcome outcome = log.fixed != null ? log.fixed : Outcome.UNCHANGED;
            for (Write w : log.writes) {
                String collection = w.service().collection().name();
                if (w.created()) {
                    outcome = Outcome.CREATED;
                    if (counted.put(w.entity(), Boolean.TRUE) == null) {
                        tally.created(collection);
                    }
                } else if (w.entity().version != w.versionBefore()) {
                    if (outcome != Outcome.CREATED) {
                        outcome = Outcome.UPDATED;
                    }
                    if (w.countsAsUpdate() && counted.put(w.entity(), Boolean.TRUE) == null) {
                        tally.updated(collection);
                    }
                }
            }
            log.outcome = outcome;
            tally.row(outcome);
        }
        issues.forEach(tally::issue);
    }

    /** The rows of the batch. */
    int size() {
        return rows.size();
    }

    List<Issue> issues() {
        return issues;
    }
}
