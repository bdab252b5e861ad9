package org.pharmapipeline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;
import org.pharmapipeline.problem.ProblemType;
import org.pharmapipeline.source.SourceRequest;
import org.pharmapipeline.source.SourceService;

/**
 * Runs one import: reads its rows and writes them a batch at a time, each batch in one persistence
 * context flushed at once.
 *
 * <ul>
 *   <li>onError=skip: each batch commits in its own transaction together with the figures and
 *       problems that report it, so whatever happens to the service, the stored figures count
 *       exactly the rows that are stored. A batch the database refuses is written again row by row,
 *       and the rows it refuses are rejected.
 *   <li>onError=abort, and every dry run: one transaction for the whole import, committed only when
 *       no row was rejected (never for a dry run); progress is reported meanwhile in transactions
 *       of its own. A service that stops mid-way leaves nothing of the import behind.
 * </ul>
 *
 * @param <T> what the format reads from a row
 */
final class ImportJob<T> {

    private static final Logger LOG = Logger.getLogger(ImportJob.class);

    /** Statements per JDBC batch when a batch of rows is flushed. */
    private static final int JDBC_BATCH_SIZE = 100;

    /** Thrown between batches when the service is stopping. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("The service is stopping", null, false, false);
        }
    }

    private final UUID id;
    private final Upload upload;
    private final ImportFormat<T> format;
    private final ImportSettings settings;
    private final ImportStore store;
    private final EntityManager em;
    private final SourceService sources;
    private final BooleanSupplier stopping;
    private Tally tally = new Tally();
    private ImportContext context;
    private RowWriter<T> writer;
    private ImportRun run;

    ImportJob(
            UUID id,
            Upload upload,
            ImportFormat<T> format,
            ImportSettings settings,
            ImportStore store,
            EntityManager em,
            SourceService sources,
            BooleanSupplier stopping) {
        this.id = id;
        this.upload = upload;
        this.format = format;
        this.settings = settings;
        this.store = store;
        this.em = em;
        this.sources = sources;
        this.stopping = stopping;
    }

    void run() {
        try {
            run = inNew(() -> store.start(id));
            if (run == null) {
                return; // ended meanwhile
            }
            try (Rows<T> rows = format.read(upload)) {
                inNew(() -> store.total(id, rows.total()));
                if (rows.total() == 0) {
                    end(ImportState.FAILED, "The file holds no rows to import.", false);
                } else if (!run.dryRun && run.onError == OnError.SKIP) {
                    runInBatches(rows);
                } else {
                    runAllOrNothing(rows);
                }
            }
        } catch (Stopped e) {
            endQuietly(ImportState.FAILED, ImportStore.interrupted(current()));
        } catch (ImportStore.Ended e) {
            LOG.infof("Import %s was ended by another instance while it ran", id);
        } catch (ProblemException e) {
            // The file itself cannot be read on (a workbook that breaks off, say).
            endQuietly(ImportState.FAILED, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            LOG.infof("Import %s could not read its file: %s", id, e);
            endQuietly(
                    ImportState.FAILED,
                    "The file could not be read to its end: it breaks off, or is not in the"
                            + " format and encoding (UTF-8) it was declared as. Nothing more was"
                            + " imported.");
        } catch (RuntimeException | Error e) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import %s failed; error %s", id, errorId);
            endQuietly(
                    ImportState.FAILED,
                    "The import failed on an error of the service, logged as "
                            + errorId
                            + "; nothing more was imported.");
        } finally {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete the upload %s: %s", upload.file(), e.getMessage());
            }
        }
    }

    /** onError=skip: one transaction per batch, committing the rows and the figures together. */
    private void runInBatches(Rows<T> rows) throws IOException {
        UUID source =
                inNew(
                        () -> {
                            UUID found = ensureSource();
                            store.source(id, found);
                            return found;
                        });
        context = context(source);
        writer = format.writer(context);
        List<Row<T>> buffer = new ArrayList<>();
        rows.forEach(
                row -> {
                    buffer.add(row);
                    if (buffer.size() >= settings.batchSize()) {
                        commitBatch(buffer);
                        buffer.clear();
                    }
                });
        commitBatch(buffer);
        inNew(() -> store.finish(id, ImportState.SUCCEEDED, null, tally, false, max()));
    }

    /**
     * Writes and commits one batch with its figures. When the database refuses the batch, it is
     * written again row by row, so that only the rows it refuses are rejected.
     */
    private void commitBatch(List<Row<T>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        checkStopping();
        Tally before = tally.copy();
        try {
            inNew(
                    () -> {
                        writeBatch(rows);
                        store.progress(id, tally, false, max());
                    });
            writer.kept();
        } catch (RuntimeException e) {
            ProblemException refused = refusedByDatabase(e);
            if (refused == null) {
                throw e;
            }
            tally = before;
            writer.undone();
            if (rows.size() > 1) {
                for (Row<T> row : rows) {
                    commitBatch(List.of(row));
                }
            } else {
                inNew(
                        () -> {
                            Batch batch = new Batch(context);
                            batch.rejectRow(rows.get(0).number(), refused);
                            batch.settle(tally);
                            store.progress(id, tally, false, max());
                        });
            }
        }
    }

    /**
     * onError=abort and dry runs: every batch in one transaction, committed when no row was
     * rejected and the import is not a dry run.
     */
    private void runAllOrNothing(Rows<T> rows) throws IOException {
        Outcome outcome;
        try {
            outcome =
                    QuarkusTransaction.requiringNew()
                            .timeout((int) settings.transactionTimeout().toSeconds())
                            .call(() -> writeAll(rows));
        } catch (Undone e) {
            outcome = e.outcome;
        }
        if (outcome.state() == ImportState.FAILED || run.dryRun) {
            Outcome ended = outcome;
            boolean provisional = !run.dryRun;
            inNew(
                    () ->
                            store.finish(
                                    id, ended.state(), ended.failure(), tally, provisional, max()));
        }
    }

    /**
     * Thrown out of the transaction of a dry run, or of an import that rejected a row, to undo it.
     */
    private static final class Undone extends RuntimeException {
        final Outcome outcome;

        Undone(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Writes every row in the current transaction and ends the import, or undoes it all. */
    private Outcome writeAll(Rows<T> rows) {
        UUID source = ensureSource();
        context = context(source);
        writer = format.writer(context);
        List<Row<T>> buffer = new ArrayList<>();
        try {
            rows.forEach(
                    row -> {
                        buffer.add(row);
                        if (buffer.size() >= settings.batchSize()) {
                            writeReported(buffer);
                            buffer.clear();
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeReported(buffer);
        Outcome result = outcome();
        if (result.state() != ImportState.SUCCEEDED || run.dryRun) {
            throw new Undone(result);
        }
        store.source(id, source);
        store.finish(id, result.state(), null, tally, false, max());
        return result;
    }

    private record Outcome(ImportState state, String failure) {}

    /**
     * How an all-or-nothing import ends, from its figures; a dry run ends as the import it tries
     * would (with onError=skip, rejected rows do not fail it).
     */
    private Outcome outcome() {
        if (tally.rejected == 0 || run.onError == OnError.SKIP) {
            return new Outcome(ImportState.SUCCEEDED, null);
        }
        String rows = tally.rejected == 1 ? "1 row was" : tally.rejected + " rows were";
        return new Outcome(
                ImportState.FAILED,
                rows
                        + " rejected (see the problems), so "
                        + (run.dryRun
                                ? "an import with onError=abort would import"
                                : "the import imported")
                        + " nothing; fix "
                        + (tally.rejected == 1 ? "it" : "them")
                        + " and upload the file again, or import with onError=skip to leave"
                        + " rejected rows out.");
    }

    /** Writes one batch of an all-or-nothing import and reports progress on the side. */
    private void writeReported(List<Row<T>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        checkStopping();
        try {
            writeBatch(rows);
        } catch (RuntimeException e) {
            ProblemException refused = refusedByDatabase(e);
            if (refused == null) {
                throw e;
            }
            throw new ProblemException(
                    400,
                    ProblemType.VALIDATION_ERROR,
                    "The database refused a row",
                    "The database refused one of the rows "
                            + rows.get(0).number()
                            + " to "
                            + rows.get(rows.size() - 1).number()
                            + " ("
                            + refused.getMessage()
                            + (refused.violations().isEmpty()
                                    ? ""
                                    : " " + refused.violations().get(0).field())
                            + "), so nothing was imported. Import with onError=skip to find the"
                            + " row and leave it out.",
                    refused.violations());
        }
        inNew(() -> store.progress(id, tally, !run.dryRun, max()));
    }

    /**
     * Writes a batch in the current transaction: every row through the writer, the batch flushed at
     * once, and each row's outcome settled into the figures. A row refused after it wrote something
     * is left out and the batch written again without it, so no half-written row is kept.
     */
    private void writeBatch(List<Row<T>> rows) {
        Session session = em.unwrap(Session.class);
        // Nothing reaches the database before the batch is flushed as a whole: a query on the way
        // must not flush half a batch (the writers know what the batch wrote so far).
        session.setHibernateFlushMode(FlushMode.MANUAL);
        // The flush goes to the database as JDBC batches. Only here: the API's own writes stay
        // unbatched, so a database that goes away mid-write fails them as a lost connection.
        Integer batching = session.getJdbcBatchSize();
        session.setJdbcBatchSize(JDBC_BATCH_SIZE);
        try {
            writeBatch(rows, new LinkedHashMap<>());
        } finally {
            session.setJdbcBatchSize(batching);
            session.setHibernateFlushMode(FlushMode.AUTO);
        }
    }

    private void writeBatch(List<Row<T>> rows, Map<Long, ProblemException> refused) {
        while (true) {
            Batch batch = new Batch(context);
            List<Row<T>> live =
                    rows.stream().filter(r -> !refused.containsKey(r.number())).toList();
            writer.prepare(live, batch);
            Row<T> halfWritten = null;
            for (Row<T> row : live) {
                batch.start(row);
                try {
                    writer.write(row, batch);
                } catch (RuntimeException e) {
                    ProblemException problem = rowProblem(e);
                    if (problem == null) {
                        throw e;
                    }
                    if (batch.currentRowWrote()) {
                        halfWritten = row;
                        refused.put(row.number(), problem);
                        break;
                    }
                    batch.reject(problem);
                }
            }
            if (halfWritten != null) {
                em.clear();
                writer.undone();
                continue;
            }
            refused.forEach(batch::rejectRow);
            em.flush();
            batch.written().forEach(ImportJob::imported);
            em.flush();
            batch.recordChanges();
            batch.settle(tally);
            em.clear();
            return;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends BaseEntity> void imported(
            CrudService<?, ?, ?> service, List<BaseEntity> written) {
        ((CrudService<E, ?, ?>) service).imported((List<E>) written);
    }

    /**
     * The source document of a register import, found by its checksum or created; or null. It does
     * not touch the import's own row: an all-or-nothing import must not lock it while its progress
     * is reported in other transactions.
     */
    private UUID ensureSource() {
        SourceRequest request = format.source(upload);
        if (request == null) {
            return null;
        }
        List<List<org.pharmapipeline.source.SourceDocument>> found =
                sources.findByNaturalKey(List.of(request));
        UUID source;
        if (found.get(0) != null && !found.get(0).isEmpty()) {
            source = found.get(0).get(0).id;
        } else {
            var created = sources.importWrite(null, null, request, run.createdBy);
            em.flush();
            sources.recordImported(created, true, "import:" + id);
            source = created.id;
            tally.created(sources.collection().name());
        }
        return source;
    }

    private ImportContext context(UUID source) {
        return new ImportContext(id, run.createdBy, run.startedAt, upload, source);
    }

    /** The problem that rejects a row, or null when the failure is not the row's. */
    static ProblemException rowProblem(Throwable e) {
        if (e instanceof ProblemException p && p.status() >= 400 && p.status() < 500) {
            return p;
        }
        if (e instanceof ConstraintViolationException v) {
            return ProblemMappers.problemOf(v);
        }
        if (e instanceof JsonProcessingException j) {
            return ProblemMappers.problemOf(j);
        }
        return null;
    }

    /** The problem a database refusal of rows amounts to, or null when it is something else. */
    private static ProblemException refusedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return ProblemMappers.problemOf(c, false);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ProblemException.conflict(
                        "Another request changed a record this row writes while the import"
                                + " ran; import the file again.",
                        null);
            }
        }
        return null;
    }

    private void checkStopping() {
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    private int max() {
        return settings.maxProblems();
    }

    private ImportRun current() {
        return QuarkusTransaction.requiringNew().call(() -> em.find(ImportRun.class, id));
    }

    private void end(ImportState state, String failure, boolean provisional) {
        inNew(() -> store.finish(id, state, failure, tally, provisional, max()));
    }

    /** Ends the import unless it has ended meanwhile. */
    private void endQuietly(ImportState state, String failure) {
        try {
            boolean provisional = run != null && (run.dryRun || run.onError == OnError.ABORT);
            end(state, failure, provisional && !(run != null && run.dryRun));
        } catch (ImportStore.Ended e) {
            // Ended already.
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the end of import %s", id);
        }
    }

    private static void inNew(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }

    private static <R> R inNew(Supplier<R> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
