package org.pharmapipeline.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordsChanged;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.productcandidate.ProductCandidate;

/**
 * Keeps the search index in step with the records: each write of a searchable record replaces its
 * document and words (and, for type-ahead, the words of its names with its title key) in the
 * write's own transaction, a deletion removes them, and a product's change re-indexes the records
 * about it (they are found by its name too). At start, records that have no document yet (rows
 * loaded by SQL, or stored before the index existed) are indexed in batches.
 */
@ApplicationScoped
public class SearchIndexService {

    private static final Logger LOG = Logger.getLogger(SearchIndexService.class);

    /** Records indexed per transaction when catching up at start. */
    static final int BATCH = 500;

    /** Characters of a title or of the text kept for snippets, at most. */
    static final int MAX_TEXT = 4000;

    /** Characters of the title key that type-ahead's index keeps (search_name). */
    static final int NAME_KEY = 200;

    private static final String SEPARATOR = " · ";

    @Inject EntityManager em;

    @Inject CollectionRegistry collections;

    void onChange(@Observes RecordsChanged change) {
        remove(change.removed());
        CollectionDefinition<?, ?, ?> collection = change.collection();
        if (collection.searchable()) {
            index(collection, change.written());
        }
        if (collection.entity() == ProductCandidate.class && !change.written().isEmpty()) {
            List<UUID> products = change.written().stream().map(r -> r.id).toList();
            for (CollectionDefinition<?, ?, ?> about : collections.all()) {
                String product = about.referenceTo(ProductCandidate.class);
                if (about.searchable() && product != null) {
                    index(
                            about,
                            em.createQuery(
                                            "select e from "
                                                    + about.entity().getSimpleName()
                                                    + " e where e."
                                                    + product
                                                    + ".id in :ids",
                                            BaseEntity.class)
                                    .setParameter("ids", products)
                                    .getResultList());
                }
            }
        }
    }

    /**
     * Starts indexing the records that have no document yet, in the background, a batch per
     * transaction: on a database loaded by SQL that can take minutes, and the service answers
     * meanwhile (readiness says DOWN until it is done, see {@link SearchIndexReadiness}).
     */
    void catchUp(@Observes StartupEvent event) {
        Thread worker = new Thread(this::catchUp, "search-index-catch-up");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Whether every record that was stored at start has its document. */
    public boolean caughtUp() {
        return caughtUp;
    }

    private volatile boolean caughtUp;
    private volatile boolean stopping;

    private void catchUp() {
        try {
            catchUpAll();
            caughtUp = !stopping;
        } catch (RuntimeException e) {
            LOG.error("Search index: catching up failed; search misses records until a restart", e);
        }
    }

    /** Indexes every record that has no document yet; returns when done. */
    void catchUpAll() {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            long records = collection.searchable() ? recordsToCatchUp(collection) : -1;
            if (records >= 0) {
                catchUp(collection, records);
            }
        }
    }

    /**
     * Indexes a collection's records that have no document, its ids cut into as many ranges as
     * there are processors, each range read batch by batch on a thread of its own: reading the
     * records and cutting their texts into words is most of the work, and it spreads.
     */
    private void catchUp(CollectionDefinition<?, ?, ?> collection, long records) {
        long started = System.nanoTime();
        List<UUID> bounds =
                QuarkusTransaction.requiringNew().call(() -> bounds(collection, records));
        List<Thread> workers = new ArrayList<>();
        AtomicInteger indexed = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        for (int i = 0; i <= bounds.size(); i++) {
            UUID after = i == 0 ? null : bounds.get(i - 1);
            UUID upTo = i == bounds.size() ? null : bounds.get(i);
            Thread worker =
                    new Thread(
                            () -> {
                                try {
                                    indexed.addAndGet(range(collection, after, upTo));
                                } catch (RuntimeException e) {
                                    failure.compareAndSet(null, e);
                                }
                            },
                            "search-index-catch-up-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while catching up", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        LOG.infof(
                "Search index: indexed %d %s records in %d ms on %d threads",
                indexed.get(),
                collection.kind(),
                (System.nanoTime() - started) / 1_000_000,
                workers.size());
    }

    /**
     * The ids that cut a collection into ranges of about the same number of records, one range a
     * processor (none for a collection of a few batches), as the database orders them.
     */
    private List<UUID> bounds(CollectionDefinition<?, ?, ?> collection, long records) {
        String entity = collection.entity().getSimpleName();
        int ranges =
                (int) Math.min(Runtime.getRuntime().availableProcessors(), records / (2L * BATCH));
        List<UUID> bounds = new ArrayList<>();
        for (int i = 1; i < ranges; i++) {
            bounds.add(
                    em.createQuery("select e.id from " + entity + " e order by e.id", UUID.class)
                            .setFirstResult((int) (records * i / ranges))
                            .setMaxResults(1)
                            .getSingleResult());
        }
        return bounds;
    }

    /** Indexes the range of ids after {@code after} up to {@code upTo} (null: no bound). */
    private int range(CollectionDefinition<?, ?, ?> collection, UUID after, UUID upTo) {
        int indexed = 0;
        UUID from = after;
        do {
            UUID start = from;
            Batch batch =
                    QuarkusTransaction.requiringNew().call(() -> batch(collection, start, upTo));
            indexed += batch.indexed();
            from = batch.last();
        } while (from != null && !stopping);
        return indexed;
    }

    private record Batch(UUID last, int indexed) {}

    /**
     * The number of the collection's records when some of them have no document, or -1 when every
     * one has.
     */
    private long recordsToCatchUp(CollectionDefinition<?, ?, ?> collection) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            long records =
                                    em.createQuery(
                                                    "select count(*) from "
                                                            + collection.entity().getSimpleName()
                                                            + " e",
                                                    Long.class)
                                            .getSingleResult();
                            Number documents =
                                    (Number)
                                            em.createNativeQuery(
                                                            "select count(*) from search_document"
                                                                    + " where kind = :kind")
                                                    .setParameter("kind", collection.kind().name())
                                                    .getSingleResult();
                            return documents.longValue() == records ? -1 : records;
                        });
    }

    /**
     * Indexes the records among the next batch after {@code after} (from the first when null) up to
     * {@code upTo} (to the last when null) that have no document; the batch's last id is null when
     * the range is done.
     */
    private Batch batch(CollectionDefinition<?, ?, ?> collection, UUID after, UUID upTo) {
        String entity = collection.entity().getSimpleName();
        List<String> conditions = new ArrayList<>();
        if (after != null) {
            conditions.add("e.id > :after");
        }
        if (upTo != null) {
            conditions.add("e.id <= :upTo");
        }
        TypedQuery<UUID> next =
                em.createQuery(
                        "select e.id from "
                                + entity
                                + " e"
                                + (conditions.isEmpty()
                                        ? ""
                                        : " where " + String.join(" and ", conditions))
                                + " order by e.id",
                        UUID.class);
        if (after != null) {
            next.setParameter("after", after);
        }
        if (upTo != null) {
            next.setParameter("upTo", upTo);
        }
        List<UUID> ids = next.setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return new Batch(null, 0);
        }
        Set<UUID> missing = new HashSet<>(ids);
        for (Object id :
                em.createNativeQuery(
                                "select record_id from search_document where record_id in (:ids)")
                        .setParameter("ids", ids)
                        .getResultList()) {
            missing.remove(uuid(id));
        }
        if (!missing.isEmpty()) {
            index(
                    collection,
                    em.createQuery(
                                    "select e from " + entity + " e where e.id in :ids",
                                    BaseEntity.class)
                            .setParameter("ids", missing)
                            .getResultList());
        }
        return new Batch(ids.size() < BATCH ? null : ids.get(ids.size() - 1), missing.size());
    }

    /** A uuid column as a native query returns it: a UUID, or (from H2) its 16 bytes. */
    static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** A record's document as the index keeps it, and its words with their weights. */
    private record Document(
            UUID id,
            String kind,
            String title,
            String subtitle,
            String body,
            Map<String, Integer> terms) {}

    private void index(
            CollectionDefinition<?, ?, ?> collection, List<? extends BaseEntity> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<UUID, Object[]> shown = shown(collection, records.stream().map(r -> r.id).toList());
        List<Document> documents = new ArrayList<>();
        for (BaseEntity record : records) {
            SearchText text = collection.searchTextOf(record);
            Object[] row = shown.getOrDefault(record.id, new Object[5]);
            if (row[3] != null || row[4] != null) {
                text.context((String) row[3], (String) row[4]);
            }
            Map<String, Integer> terms = new LinkedHashMap<>();
            for (SearchText.Field field : text.fields()) {
                for (String term : Words.indexed(field.text())) {
                    terms.merge(term, field.weight().points(), Math::max);
                }
            }
            String body =
                    text.fields().stream()
                            .map(SearchText.Field::text)
                            .distinct()
                            .collect(Collectors.joining(SEPARATOR));
            String title = row[1] != null ? row[1].toString() : body;
            documents.add(
                    new Document(
                            record.id,
                            collection.kind().name(),
                            cut(title),
                            row[2] == null ? null : cut(row[2].toString()),
                            cut(body),
                            terms));
        }
        remove(documents.stream().map(Document::id).toList());
        em.unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement document =
                                            connection.prepareStatement(
                                                    "insert into search_document (record_id, kind,"
                                                            + " title, subtitle, title_key, body)"
                                                            + " values (?, ?, ?, ?, ?, ?)");
                                    PreparedStatement term =
                                            connection.prepareStatement(
                                                    "insert into search_term (term, record_id,"
                                                            + " weight) values (?, ?, ?)");
                                    PreparedStatement name =
                                            connection.prepareStatement(
                                                    "insert into search_name (term, title_key,"
                                                            + " kind, record_id) values (?, ?, ?,"
                                                            + " ?)")) {
                                for (Document d : documents) {
                                    String titleKey = cut(String.join(" ", Words.of(d.title())));
                                    document.setObject(1, d.id());
                                    document.setString(2, d.kind());
                                    document.setString(3, d.title());
                                    document.setString(4, d.subtitle());
                                    document.setString(5, titleKey);
                                    document.setString(6, d.body());
                                    document.addBatch();
                                    for (Map.Entry<String, Integer> t : d.terms().entrySet()) {
                                        term.setString(1, t.getKey());
                                        term.setObject(2, d.id());
                                        term.setInt(3, t.getValue());
                                        term.addBatch();
                                        if (t.getValue() >= SearchText.Weight.NAME.points()) {
                                            name.setString(1, t.getKey());
                                            name.setString(
                                                    2,
                                                    titleKey.substring(
                                                            0,
                                                            Math.min(titleKey.length(), NAME_KEY)));
                                            name.setString(3, d.kind());
                                            name.setObject(4, d.id());
                                            name.addBatch();
                                        }
                                    }
                                }
                                document.executeBatch();
                                term.executeBatch();
                                name.executeBatch();
                            }
                        });
    }

    /**
     * Each record's id, title, subtitle and, when it is about a product, the product's name and
     * INN, in one statement.
     */
    private Map<UUID, Object[]> shown(CollectionDefinition<?, ?, ?> collection, List<UUID> ids) {
        String product = collection.referenceTo(ProductCandidate.class);
        String context = product == null ? "null, null" : "p.name, p.inn";
        String join = product == null ? "" : " left join e." + product + " p";
        Map<UUID, Object[]> shown = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select e.id, "
                                        + collection.title()
                                        + ", "
                                        + (collection.subtitle() == null
                                                ? "null"
                                                : collection.subtitle())
                                        + ", "
                                        + context
                                        + " from "
                                        + collection.entity().getSimpleName()
                                        + " e"
                                        + join
                                        + " where e.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()) {
            shown.put((UUID) row[0], row);
        }
        return shown;
    }

    private void remove(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from search_term where record_id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("delete from search_name where record_id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("delete from search_document where record_id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
