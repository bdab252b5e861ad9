package org.pharmapipeline.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import has done so far: rows by outcome, records created and changed per collection, and
 * the issues (rejections and warnings) not yet stored.
 */
final class Tally {

    long read;
    long created;
    long updated;
    long unchanged;
    long skipped;
    long rejected;
    long warnings;
    private final Map<String, long[]> records = new LinkedHashMap<>();
    private final List<Batch.Issue> pending = new ArrayList<>();

    void row(Batch.Outcome outcome) {
        read++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case SKIPPED -> skipped++;
            case REJECTED -> rejected++;
        }
    }

    void created(String collection) {
        records.computeIfAbsent(collection, c -> new long[2])[0]++;
    }

    void updated(String collection) {
        records.computeIfAbsent(collection, c -> new long[2])[1]++;
    }

    void issue(Batch.Issue issue) {
        if (issue.severity() == RowProblem.Severity.WARNING) {
            warnings++;
        }
        pending.add(issue);
    }

    void clearRecords() {
        records.clear();
    }

    /** The issues found since the last call. */
    List<Batch.Issue> drainIssues() {
        List<Batch.Issue> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    /** A copy, to go back to when a batch is undone. */
    Tally copy() {
        Tally copy = new Tally();
        copy.read = read;
        copy.created = created;
        copy.updated = updated;
        copy.unchanged = unchanged;
        copy.skipped = skipped;
        copy.rejected = rejected;
        copy.warnings = warnings;
        records.forEach((k, v) -> copy.records.put(k, v.clone()));
        copy.pending.addAll(pending);
        return copy;
    }

    /** Writes the figures onto the import. */
    void copyTo(ImportRun run) {
        run.rowsRead = read;
        run.rowsCreated = created;
        run.rowsUpdated = updated;
        run.rowsUnchanged = unchanged;
        run.rowsSkipped = skipped;
        run.rowsRejected = rejected;
        run.warnings = warnings;
        List<RecordCount> counts = new ArrayList<>();
        records.forEach((c, v) -> counts.add(new RecordCount(c, v[0], v[1])));
        if (!run.records.equals(counts)) {
            run.records.clear();
            run.records.addAll(counts);
        }
    }
}
