package org.pharmapipeline.collection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.pharmapipeline.query.Fields;
import org.pharmapipeline.web.StreamedBody;

/**
 * Whole lists and the export of every collection, written while they are read: in batches of {@link
 * #BATCH} records by keyset, the persistence context cleared after each batch, so the memory an
 * export takes does not grow with the data. Each is read in one read-only transaction that sees one
 * snapshot of the database (REPEATABLE READ on PostgreSQL, SNAPSHOT on H2): records committed while
 * it is written are not in it, and the export's feed cursor, read in the same transaction, is the
 * place in the change feed from which they follow.
 */
@ApplicationScoped
public class ExportService {

    /** Records read at once. */
    public static final int BATCH = 500;

    /** The header that carries the feed cursor of an export's snapshot. */
    public static final String CHANGE_CURSOR = "X-Change-Cursor";

    /** H2's own JDBC isolation level SNAPSHOT (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
    private static final int H2_SNAPSHOT = 6;

    @Inject EntityManager em;

    @Inject ChangeLog changes;

    @Inject CollectionRegistry collections;

    @Inject Instance<CrudService<?, ?, ?>> services;

    @Inject ObjectMapper json;

    /** What runs inside the snapshot, given the feed cursor at it. */
    @FunctionalInterface
    public interface SnapshotWork {
        void run(String cursor) throws IOException;
    }

    /**
     * How long the transaction of one whole list or export may stay open: as long as the client
     * takes to read it. The transaction manager's default (60 s) cut the export of the benchmark's
     * million events off in the middle.
     */
    @ConfigProperty(name = "pipeline.export.transaction-timeout", defaultValue = "4H")
    Duration transactionTimeout;

    /**
     * Runs {@code work} in a new read-only transaction over one snapshot of the database, with the
     * feed cursor (the place of the last change committed) as that snapshot sees it. The
     * transaction may stay open for {@link #transactionTimeout}.
     */
    public void inSnapshot(SnapshotWork work) throws IOException {
        try {
            QuarkusTransaction.requiringNew()
                    .timeout((int) Math.min(Integer.MAX_VALUE, transactionTimeout.toSeconds()))
                    .run(
                            () -> {
                                try {
                                    snapshot(work);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void snapshot(SnapshotWork work) throws IOException {
        Session session = em.unwrap(Session.class);
        // Before the transaction reads anything: the isolation applies from its first statement.
        session.doWork(
                connection -> {
                    boolean h2 =
                            connection
                                    .getMetaData()
                                    .getDatabaseProductName()
                                    .equalsIgnoreCase("H2");
                    connection.setTransactionIsolation(
                            h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
                });
        // Nothing read is written back: no snapshots of loaded records to compare at the end.
        session.setDefaultReadOnly(true);
        work.run(String.valueOf(changes.lastPosition()));
    }

    /**
     * A whole list as NDJSON: each record as a read of it shows it (with only the fields chosen,
     * when some are).
     */
    public StreamedBody ndjson(CrudService<?, ?, ?>.Records records, Fields fields) {
        return new StreamedBody(
                (headers, out) ->
                        inSnapshot(
                                cursor -> {
                                    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                                    records.forEach(
                                            BATCH,
                                            record -> {
                                                if (fields == null) {
                                                    buffered.write(json.writeValueAsBytes(record));
                                                } else {
                                                    ObjectNode shown = json.valueToTree(record);
                                                    buffered.write(
                                                            json.writeValueAsBytes(
                                                                    fields.apply(shown)));
                                                }
                                                buffered.write('\n');
                                            });
                                    buffered.flush();
                                }));
    }

    /** A whole list as CSV in the form the CSV import reads ({@link RecordCsv}). */
    public StreamedBody csv(CrudService<?, ?, ?>.Records records) {
        RecordCsv csv = new RecordCsv(records.collection(), json);
        return new StreamedBody(
                (headers, out) ->
                        inSnapshot(
                                cursor -> {
                                    Writer writer =
                                            new OutputStreamWriter(
                                                    new BufferedOutputStream(out, 1 << 16),
                                                    StandardCharsets.UTF_8);
                                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                                    printer.printRecord(csv.header());
                                    records.forEach(
                                            BATCH, record -> printer.printRecord(csv.row(record)));
                                    printer.flush();
                                }));
    }

    /**
     * Every record of every collection as NDJSON, collection by collection in the registry's order
     * (each after those it refers to), each line the record as a read shows it with the name of its
     * collection first: the lines the NDJSON import reads. The feed cursor of the snapshot goes in
     * the {@value #CHANGE_CURSOR} header.
     */
    public StreamedBody export() {
        return new StreamedBody(
                (headers, out) ->
                        inSnapshot(
                                cursor -> {
                                    headers.putSingle(CHANGE_CURSOR, cursor);
                                    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                                    for (CollectionDefinition<?, ?, ?> collection :
                                            collections.all()) {
                                        // {"collection":"companies", then the record's own
                                        // properties: the line without building it as a tree.
                                        byte[] opening =
                                                ("{\"collection\":"
                                                                + json.writeValueAsString(
                                                                        collection.name())
                                                                + ",")
                                                        .getBytes(StandardCharsets.UTF_8);
                                        services.select(collection.service())
                                                .get()
                                                .records()
                                                .forEach(
                                                        BATCH,
                                                        record -> {
                                                            byte[] shown =
                                                                    json.writeValueAsBytes(record);
                                                            buffered.write(opening);
                                                            buffered.write(
                                                                    shown, 1, shown.length - 1);
                                                            buffered.write('\n');
                                                        });
                                    }
                                    buffered.flush();
                                }));
    }
}
