package org.pharmapipeline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.pharmapipeline.domain.Versioned;

/**
 * The record of every committed change: each write adds the record as it now stands to its
 * transaction, and when the transaction is about to commit its changes get their places in the feed
 * and are stored with the write.
 *
 * <p>Places come from the one row of {@code change_counter}, updated as the last thing before the
 * commit: its row lock is held until the commit, so concurrent transactions take their places one
 * after another, and a place becomes visible only after every lower one has. A reader that has
 * passed a place therefore never sees a change appear below it, which a sequence drawn when the row
 * is inserted (insert order, not commit order) could not promise.
 */
@ApplicationScoped
public class ChangeLog {

    private static final String PENDING = ChangeLog.class.getName() + ".pending";

    @Inject TransactionSynchronizationRegistry transactions;

    @Inject DataSource dataSource;

    @Inject EntityManager em;

    @Inject ObjectMapper json;

    private CompletableFuture<Void> nextCommit = new CompletableFuture<>();

    /** A change waiting for its transaction to commit. */
    private record Pending(
            String collection,
            UUID id,
            long version,
            ChangeOperation operation,
            Instant at,
            String actor,
            String body) {}

    /**
     * Adds a change of {@code record} (as clients see it after the change; before it, for a
     * deletion) to the current transaction.
     */
    public void record(
            CollectionDefinition<?, ?, ?> collection,
            Versioned record,
            ChangeOperation operation,
            Instant at,
            String actor) {
        String body;
        try {
            body = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + collection.noun() + " cannot be written", e);
        }
        pending()
                .add(
                        new Pending(
                                collection.name(),
                                record.id(),
                                record.version(),
                                operation,
                                at,
                                actor,
                                body));
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Changes are recorded inside a transaction only");
        }
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(new Commit(pending));
        }
        return pending;
    }

    /** Stores a transaction's changes at their places just before it commits. */
    private final class Commit implements Synchronization {
        private final List<Pending> pending;

        Commit(List<Pending> pending) {
            this.pending = pending;
        }

        @Override
        public void beforeCompletion() {
            if (pending.isEmpty() || transactions.getRollbackOnly()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                store(connection, pending);
            } catch (SQLException e) {
                throw new IllegalStateException("The changes could not be recorded", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && !pending.isEmpty()) {
                committed();
            }
        }
    }

    private static void store(Connection connection, List<Pending> pending) throws SQLException {
        long last;
        try (PreparedStatement take =
                connection.prepareStatement(
                        "update change_counter set last_position = last_position + ? where id = 1")) {
            take.setLong(1, pending.size());
            take.executeUpdate();
        }
        try (PreparedStatement read =
                        connection.prepareStatement(
                                "select last_position from change_counter where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            last = row.getLong(1);
        }
        long position = last - pending.size();
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into record_change (feed_position, collection, record_id,"
                                + " record_version, operation, changed_at, actor, body)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Pending change : pending) {
                insert.setLong(1, ++position);
                insert.setString(2, change.collection());
                insert.setObject(3, change.id());
                insert.setLong(4, change.version());
                insert.setString(5, change.operation().name());
                insert.setObject(6, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
                insert.setString(7, change.actor());
                insert.setString(8, change.body());
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void committed() {
        CompletableFuture<Void> done;
        synchronized (this) {
            done = nextCommit;
            nextCommit = new CompletableFuture<>();
        }
        done.complete(null);
    }

    /**
     * Completes when the next transaction with changes commits on this instance. Take it before
     * reading, so a commit between the read and the wait is not missed.
     */
    public synchronized CompletionStage<Void> nextCommit() {
        return nextCommit;
    }

    /** Up to {@code limit} changes after a place, in feed order; of one collection, if named. */
    public List<RecordChange> after(long position, int limit, String collection) {
        TypedQuery<RecordChange> query =
                em.createQuery(
                        "select c from RecordChange c where c.position > :after"
                                + (collection == null ? "" : " and c.collection = :collection")
                                + " order by c.position",
                        RecordChange.class);
        query.setParameter("after", position);
        if (collection != null) {
            query.setParameter("collection", collection);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The place of the last change committed as this transaction sees it. */
    public long lastPosition() {
        return ((Number)
                        em.createNativeQuery(
                                        "select last_position from change_counter where id = 1")
                                .getSingleResult())
                .longValue();
    }

    /** A record's changes, newest first, from {@code offset}, at most {@code limit}. */
    public List<RecordChange> history(String collection, UUID id, long offset, int limit) {
        return em.createQuery(
                        "select c from RecordChange c where c.recordId = :id"
                                + " and c.collection = :collection order by c.position desc",
                        RecordChange.class)
                .setParameter("id", id)
                .setParameter("collection", collection)
                .setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many changes a record has. */
    public long revisions(String collection, UUID id) {
        return em.createQuery(
                        "select count(c) from RecordChange c where c.recordId = :id"
                                + " and c.collection = :collection",
                        Long.class)
                .setParameter("id", id)
                .setParameter("collection", collection)
                .getSingleResult();
    }

    /** A record's last change at or before {@code at}, or null. */
    public RecordChange latest(String collection, UUID id, Instant at) {
        List<RecordChange> found =
                em.createQuery(
                                "select c from RecordChange c where c.recordId = :id"
                                        + " and c.collection = :collection and c.changedAt <= :at"
                                        + " order by c.position desc",
                                RecordChange.class)
                        .setParameter("id", id)
                        .setParameter("collection", collection)
                        .setParameter("at", at)
                        .setMaxResults(1)
                        .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
