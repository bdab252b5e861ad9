package org.pharmapipeline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.CitedRequest;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.query.CountField;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.Counting;
import org.pharmapipeline.query.CountsResponse;
import org.pharmapipeline.query.Cursor;
import org.pharmapipeline.query.Fields;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.ListParams;
import org.pharmapipeline.query.PageParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.query.Sorting;
import org.pharmapipeline.query.Where;
import org.pharmapipeline.security.Actor;
import org.pharmapipeline.web.ETags;
import org.pharmapipeline.web.MergePatch;
import org.pharmapipeline.web.RequestedFields;

/**
 * The read and write rules every collection shares: lookup or 404, optimistic concurrency through
 * If-Match, paged and sorted lists, and citations that must point at stored sources. A feature
 * supplies only its mapping, cross-field rules and sort fields.
 *
 * <p>Bulk imports write through the same rules in batches (see {@link #importWrite}): the caller
 * looks records up for a whole batch at once ({@link #findAll}, {@link #findByNaturalKey}, {@link
 * #prefetchReferences}), writes each without flushing, and flushes the batch in one go, which the
 * JDBC driver sends as batched statements.
 *
 * @param <E> the entity
 * @param <Q> the request body clients send
 * @param <R> the response body clients receive
 */
public abstract class CrudService<E extends BaseEntity, Q, R extends Versioned> {

    /** Lookups by id or key go to the database in slices of this many values. */
    private static final int SLICE = 1000;

    private final CollectionDefinition<E, Q, R> collection;
    private final Class<E> type;
    private final Class<Q> requestType;
    private final String noun;
    private final Supplier<E> factory;
    private final Function<E, R> mapper;
    private final Sorting sorting;
    private final List<CountField> countFields;
    private final List<String> fields;

    @Inject protected EntityManager em;

    @Inject Validator validator;

    @Inject ObjectMapper json;

    @Inject Actor actor;

    @Inject RequestedFields requestedFields;

    @Inject protected CollectionRegistry collections;

    @Inject ChangeLog changes;

    @Inject Event<RecordsChanged> changed;

    /**
     * @param collection the collection's declaration: its entity, request type and noun
     * @param factory a new, empty entity for {@link #apply} to fill
     * @param mapper the entity as clients receive it
     * @param sorting the sort fields the collection accepts
     */
    protected CrudService(
            CollectionDefinition<E, Q, R> collection,
            Supplier<E> factory,
            Function<E, R> mapper,
            Sorting sorting) {
        this.collection = collection;
        this.type = collection.entity();
        this.requestType = collection.request();
        this.noun = collection.noun();
        this.factory = factory;
        this.mapper = mapper;
        this.sorting = sorting;
        this.countFields = collection.countFields();
        this.fields = collection.fields();
    }

    /**
     * Copies a validated request onto an entity, resolving references and checking cross-field
     * rules.
     */
    protected abstract void apply(Q request, E entity);

    protected R toResponse(E entity) {
        return mapper.apply(entity);
    }

    /** The sort fields the collection's list accepts. */
    public Sorting sorting() {
        return sorting;
    }

    /** The entity or a 404. */
    public E find(UUID id) {
        E entity = em.find(type, id);
        if (entity == null) {
            throw ProblemException.notFound(noun, id);
        }
        return entity;
    }

    public R get(UUID id) {
        return get(id, null);
    }

    /** The record, answered with only the properties {@code fields} names when it names some. */
    public R get(UUID id, String fields) {
        chooseFields(fields);
        E entity = loadForRead(id);
        if (entity == null) {
            throw ProblemException.notFound(noun, id);
        }
        return toResponse(entity);
    }

    /**
     * The entity a read shows, or null. A feature whose response shows several associations may
     * load them with it in one statement instead of one statement each.
     */
    protected E loadForRead(UUID id) {
        return em.find(type, id);
    }

    @Transactional
    public R create(Q request) {
        return create(null, request, actor.name());
    }

    /**
     * Creates a record under a chosen id on behalf of {@code author} (used to load datasets with
     * stable ids).
     */
    @Transactional
    public R create(UUID id, Q request, String author) {
        if (id != null && em.find(type, id) != null) {
            throw ProblemException.conflict(
                    "A " + noun + " with id " + id + " already exists.", null);
        }
        E entity = factory.get();
        entity.id = id;
        write(request, entity, author);
        em.persist(entity);
        em.flush();
        afterWrite(entity);
        written(entity);
        R created = toResponse(entity);
        changes.record(collection, created, ChangeOperation.CREATED, entity.updatedAt, author);
        return created;
    }

    @Transactional
    public R update(UUID id, String ifMatch, Q request) {
        E entity = find(id);
        ETags.requireMatch(ifMatch, entity.version);
        long before = entity.version;
        write(request, entity, actor.name());
        return updated(entity, before);
    }

    /** The record after an update, recorded as a change if the update changed anything. */
    private R updated(E entity, long versionBefore) {
        em.flush();
        afterWrite(entity);
        written(entity);
        R updated = toResponse(entity);
        if (entity.version != versionBefore) {
            changes.record(
                    collection, updated, ChangeOperation.UPDATED, entity.updatedAt, actor.name());
        }
        return updated;
    }

    /**
     * Applies a JSON Merge Patch to the record's input form and validates the result as a full
     * request, so a partial update follows every rule a PUT does.
     */
    @Transactional
    public R patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        if (patch == null || patch.isMissingNode()) {
            throw ProblemException.invalid("body", "must not be empty");
        }
        E entity = find(id);
        ETags.requireMatch(ifMatch, entity.version);
        JsonNode current = requestNodeOf(entity);
        // Nothing is written before this point, so a body that cannot be read changes nothing.
        Q request = json.treeToValue(MergePatch.apply(current, patch), requestType);
        long before = entity.version;
        write(request, entity, actor.name());
        return updated(entity, before);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        E entity = find(id);
        ETags.requireMatch(ifMatch, entity.version);
        R last = toResponse(entity);
        em.remove(entity);
        em.flush();
        afterDelete(entity);
        changed.fire(new RecordsChanged(collection, List.of(), List.of(id)));
        changes.record(
                collection,
                last,
                ChangeOperation.DELETED,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor.name());
    }

    /**
     * The record's revisions, newest first, each with the fields it changed; a deleted record's
     * too. A 404 only for an id that never existed.
     */
    public PageResponse<Revision> history(UUID id, PageParams page) {
        long total = changes.revisions(collection.name(), id);
        if (total == 0 && em.find(type, id) == null) {
            throw ProblemException.notFound(noun, id);
        }
        // One revision more than the page: the state the page's oldest revision started from.
        List<RecordChange> rows =
                page.offset() < total
                        ? changes.history(collection.name(), id, page.offset(), page.size + 1)
                        : List.of();
        List<Revision> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), page.size); i++) {
            RecordChange change = rows.get(i);
            JsonNode before =
                    change.operation == ChangeOperation.CREATED || i + 1 >= rows.size()
                            ? null
                            : tree(rows.get(i + 1).body);
            JsonNode after = change.operation == ChangeOperation.DELETED ? null : tree(change.body);
            items.add(
                    new Revision(
                            change.recordVersion,
                            change.changedAt,
                            change.actor,
                            change.operation,
                            Revisions.changes(before, after)));
        }
        return PageResponse.of(items, page, total);
    }

    /**
     * The record as it stood at {@code at}: a 404 if it did not exist yet, a 410 if it had been
     * deleted by then.
     */
    public R asOf(UUID id, Instant at, String fields) {
        chooseFields(fields);
        RecordChange change = changes.latest(collection.name(), id, at);
        if (change == null) {
            throw ProblemException.notFound(noun, id);
        }
        if (change.operation == ChangeOperation.DELETED) {
            throw ProblemException.gone(noun, id, change.changedAt);
        }
        try {
            return json.readerFor(collection.response())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(change.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded " + noun + " cannot be read", e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded " + noun + " cannot be read", e);
        }
    }

    /**
     * Records the change an import made to a flushed record: its creation, or an update when its
     * version moved. {@code actor} names the import.
     */
    public void recordImported(E entity, boolean created, String actor) {
        changes.record(
                collection,
                toResponse(entity),
                created ? ChangeOperation.CREATED : ChangeOperation.UPDATED,
                entity.updatedAt,
                actor);
    }

    private void written(E entity) {
        changed.fire(new RecordsChanged(collection, List.of(entity), List.of()));
    }

    /**
     * Called with the records of a flushed batch of imported writes: tells the observers of changes
     * (the search index), then runs the collection's own batch rules ({@link #afterImport}).
     */
    public void imported(List<E> written) {
        changed.fire(new RecordsChanged(collection, written, List.of()));
        afterImport(written);
    }

    /**
     * Called in the transaction of an API write, once the created or changed record is flushed, for
     * facts stored elsewhere that derive from it; nothing by default. Imports call {@link
     * #afterImport} instead.
     */
    protected void afterWrite(E entity) {}

    /**
     * Called in the transaction of an API delete, once the removal is flushed; nothing by default.
     */
    protected void afterDelete(E entity) {}

    /** The record's input form: the request that would recreate it, as a PATCH starts from it. */
    public Q requestOf(E entity) {
        try {
            return json.treeToValue(requestNodeOf(entity), requestType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + noun + " has no input form", e);
        }
    }

    /** The record's input form as JSON, for a writer that changes a few fields of it. */
    public ObjectNode requestNodeOf(E entity) {
        return MergePatch.requestOf(json.valueToTree(toResponse(entity)), requestType);
    }

    /** The collection this service writes. */
    public CollectionDefinition<E, Q, R> collection() {
        return collection;
    }

    /**
     * Writes one record of a bulk import through the rules of an API write: Bean Validation, the
     * feature's cross-field rules, citations to stored sources. Creates the record (under {@code
     * id}, when given) when {@code existing} is null, and otherwise replaces it as a PUT does,
     * without If-Match. Nothing is flushed; the caller flushes a batch of writes at once. A
     * replacement is tried on a blank record first, so a rejected request leaves the stored record
     * as it was.
     *
     * @throws ProblemException (400) or ConstraintViolationException when the request is refused
     */
    public E importWrite(E existing, UUID id, Q request, String author) {
        if (existing == null) {
            E entity = factory.get();
            entity.id = id;
            write(request, entity, author);
            em.persist(entity);
            return entity;
        }
        write(request, factory.get(), author);
        write(request, existing, author);
        return existing;
    }

    /** The stored records with these ids, in one statement per thousand ids. */
    public Map<UUID, E> findAll(Collection<UUID> ids) {
        Map<UUID, E> found = new HashMap<>();
        for (List<UUID> slice : slices(ids)) {
            em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", slice)
                    .getResultList()
                    .forEach(e -> found.put(e.id, e));
        }
        return found;
    }

    /**
     * For each request, the stored records that hold its natural key (the first of the collection's
     * keys whose first field it states): empty when none does, more than one when the key is
     * ambiguous, null when the request states no key. One statement per key and thousand requests;
     * text compares as the services store it (stripped), absent values equal each other.
     */
    public List<List<E>> findByNaturalKey(List<Q> requests) {
        List<List<E>> matches = new ArrayList<>(Collections.nCopies(requests.size(), null));
        for (List<String> key : collection.naturalKeys()) {
            Map<List<Object>, List<Integer>> wanted = new LinkedHashMap<>();
            for (int i = 0; i < requests.size(); i++) {
                if (matches.get(i) != null || claimedByEarlierKey(requests.get(i), key)) {
                    continue;
                }
                List<Object> values = keyValues(requests.get(i), key);
                if (values.get(0) != null) {
                    wanted.computeIfAbsent(values, v -> new ArrayList<>()).add(i);
                }
            }
            for (List<List<Object>> slice : slices(wanted.keySet())) {
                Map<List<Object>, List<E>> stored = storedWithKeys(key, slice);
                for (List<Object> values : slice) {
                    List<E> holders = stored.getOrDefault(values, List.of());
                    wanted.get(values).forEach(i -> matches.set(i, holders));
                }
            }
        }
        return matches;
    }

    /** Whether a request states an earlier (preferred) key than this one, and so is known by it. */
    private boolean claimedByEarlierKey(Q request, List<String> key) {
        for (List<String> earlier : collection.naturalKeys()) {
            if (earlier == key) {
                return false;
            }
            if (RecordFields.value(request, earlier.get(0)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The values of a key in a request, in the key's order. */
    public static List<Object> keyValues(Object request, List<String> key) {
        List<Object> values = new ArrayList<>(key.size());
        for (String field : key) {
            values.add(RecordFields.value(request, field));
        }
        return values;
    }

    /**
     * The stored records holding any of these keys, by key: one statement narrowing each field to
     * the values wanted, the exact combinations picked out here.
     */
    private Map<List<Object>, List<E>> storedWithKeys(List<String> key, List<List<Object>> keys) {
        StringBuilder jpql = new StringBuilder("select e");
        key.forEach(field -> jpql.append(", ").append(collection.path(field)));
        jpql.append(" from ").append(type.getSimpleName()).append(" e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (int f = 0; f < key.size(); f++) {
            String path = collection.path(key.get(f));
            Set<Object> values = new HashSet<>();
            boolean absent = false;
            for (List<Object> k : keys) {
                if (k.get(f) == null) {
                    absent = true;
                } else {
                    values.add(k.get(f));
                }
            }
            List<String> any = new ArrayList<>();
            if (!values.isEmpty()) {
                any.add(path + " in :k" + f);
                params.put("k" + f, values);
            }
            if (absent) {
                any.add(path + " is null");
            }
            jpql.append(" and (").append(String.join(" or ", any)).append(")");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        Map<List<Object>, List<E>> byKey = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            List<Object> values = new ArrayList<>(key.size());
            for (int f = 1; f < row.length; f++) {
                values.add(row[f] instanceof String text ? text.strip() : row[f]);
            }
            @SuppressWarnings("unchecked")
            E entity = (E) row[0];
            byKey.computeIfAbsent(values, v -> new ArrayList<>()).add(entity);
        }
        return byKey;
    }

    /**
     * Loads the records these requests refer to (by the references the collection declares), one
     * statement per referenced collection and thousand ids, so resolving each reference in {@link
     * #apply} finds it in the persistence context instead of asking the database.
     */
    public void prefetchReferences(Collection<Q> requests) {
        for (CollectionDefinition.Reference reference : collection.references()) {
            String field = reference.attribute() + "Id";
            if (RecordFields.component(requestType, field) == null) {
                continue;
            }
            Set<UUID> ids = new HashSet<>();
            for (Q request : requests) {
                if (RecordFields.value(request, field) instanceof UUID id) {
                    ids.add(id);
                }
            }
            for (List<UUID> slice : slices(ids)) {
                em.createQuery(
                                "select t from "
                                        + reference.target().getSimpleName()
                                        + " t where t.id in :ids",
                                reference.target())
                        .setParameter("ids", slice)
                        .getResultList();
            }
        }
    }

    /**
     * Called with the records of a flushed batch of imported writes, for rules that look at many
     * records at once; nothing by default.
     */
    public void afterImport(List<E> written) {}

    private static <T> List<List<T>> slices(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return slices;
    }

    /** One page of the records matching a client's filters, sorted as the client asked. */
    public PageResponse<R> list(ListFilter filter, ListParams page) {
        return list(filter.where(), page);
    }

    /**
     * One page of the records matching {@code where}, sorted as the client asked: by page number
     * (an offset, with totals), or after a cursor (a keyset seek whose cost does not depend on how
     * deep the page is). Either way the page carries the cursor of the page after it.
     */
    @SuppressWarnings("unchecked")
    public PageResponse<R> list(Where where, ListParams page) {
        chooseFields(page.fields);
        Sorting.Order order = sorting.order(page.sort);
        boolean keyset = order.resume(where, page.cursor, page.page);
        long total = 0;
        if (!keyset) {
            total = boundedCount(where);
        }
        List<Object[]> rows = List.of();
        if (keyset || total > PageResponse.EXACT_TOTAL_LIMIT || page.offset() < total) {
            rows = rows(where, order, keyset ? 0 : page.offset(), page.size + 1);
        }
        boolean more = rows.size() > page.size;
        List<Object[]> shown = more ? rows.subList(0, page.size) : rows;
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = Cursor.encode(order, Arrays.copyOfRange(last, 1, last.length));
        }
        List<R> items = shown.stream().map(row -> toResponse((E) row[0])).toList();
        return keyset
                ? PageResponse.continued(items, page.size, next)
                : PageResponse.numbered(items, page, total, next);
    }

    /**
     * Each record matching {@code where} with its sort keys, in {@code order}: up to {@code max}
     * from {@code offset}.
     */
    private List<Object[]> rows(Where where, Sorting.Order order, long offset, int max) {
        TypedQuery<Object[]> query =
                em.createQuery(
                        "select e, "
                                + order.keys()
                                + " from "
                                + type.getSimpleName()
                                + " e"
                                + where.jpql()
                                + " order by "
                                + order.orderBy(where.pinned()),
                        Object[].class);
        try {
            where.params().forEach(query::setParameter);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "does not fit this collection's sort fields");
        }
        if (offset > 0) {
            query.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE));
        }
        return query.setMaxResults(max).getResultList();
    }

    /**
     * Every record matching a client's filters (the list's, the same way), in the order asked,
     * after the cursor when one is given: for an answer that streams the whole list rather than a
     * page. The filters, sort and cursor are checked now, so a mistake is a 400 before anything is
     * written; the records are read when the answer is written ({@link Records#forEach}).
     */
    public Records records(ListFilter filter, String sort, String cursor) {
        Sorting.Order order = sorting.order(sort);
        filter.where();
        List<Object> start =
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, order);
        return new Records(filter::where, order, start);
    }

    /**
     * Every record of the collection, in the order of their ids: each batch is a range of the
     * primary key, where the default order may have no index to seek in.
     */
    public Records records() {
        return new Records(Where::create, Sorting.byId(), null);
    }

    /**
     * The records of a streamed list, read in batches by keyset (the paging of cursor pages), the
     * persistence context cleared after each batch, so the memory it takes does not grow with the
     * list. Read inside a transaction.
     */
    public final class Records {
        private final Supplier<Where> where;
        private final Sorting.Order order;
        private final List<Object> start;

        private Records(Supplier<Where> where, Sorting.Order order, List<Object> start) {
            this.where = where;
            this.order = order;
            this.start = start;
        }

        /** The collection the records belong to. */
        public CollectionDefinition<E, Q, R> collection() {
            return collection;
        }

        /**
         * Hands each record, as a read shows it, to {@code each}, reading {@code batch} at once.
         */
        public void forEach(int batch, RecordConsumer<? super R> each) throws java.io.IOException {
            List<Object> after = start;
            while (true) {
                Where next = where.get();
                if (after != null) {
                    order.after(next, after);
                }
                List<Object[]> rows = rows(next, order, 0, batch);
                for (Object[] row : rows) {
                    @SuppressWarnings("unchecked")
                    E entity = (E) row[0];
                    each.accept(toResponse(entity));
                }
                em.clear();
                if (rows.size() < batch) {
                    return;
                }
                Object[] last = rows.get(rows.size() - 1);
                after = Arrays.asList(Arrays.copyOfRange(last, 1, last.length));
            }
        }
    }

    /** Takes the records of a streamed list one by one; writing one may fail. */
    @FunctionalInterface
    public interface RecordConsumer<T> {
        void accept(T record) throws java.io.IOException;
    }

    /**
     * The records matching {@code where}, counted up to one more than {@link
     * PageResponse#EXACT_TOTAL_LIMIT}: the database stops reading at that many matches (a constant
     * per match, no record), so a first page costs the same at ten thousand matches as at a
     * million. (A subquery with a limit would need an order, which would make it read them all.)
     */
    private long boundedCount(Where where) {
        TypedQuery<Integer> matches =
                em.createQuery(
                        "select 1 from " + type.getSimpleName() + " e" + where.jpql(),
                        Integer.class);
        where.params().forEach(matches::setParameter);
        return matches.setMaxResults(PageResponse.EXACT_TOTAL_LIMIT + 1).getResultList().size();
    }

    /**
     * The records matching a client's filters (the list's, the same way), counted by the fields it
     * asked for in one grouped statement, with the number of records matched.
     */
    public CountsResponse count(ListFilter filter, CountParams params) {
        Counting counting = Counting.of(params.by, params.sort, countFields);
        Where where = filter.where();
        String entity = type.getSimpleName();
        TypedQuery<Object[]> grouped = em.createQuery(counting.jpql(entity, where), Object[].class);
        where.params().forEach(grouped::setParameter);
        List<Object[]> rows = grouped.getResultList();
        long matched;
        if (counting.bucketsPartitionRecords()) {
            matched =
                    rows.stream()
                            .mapToLong(row -> ((Number) row[row.length - 1]).longValue())
                            .sum();
        } else {
            TypedQuery<Long> all =
                    em.createQuery(
                            "select count(*) from " + entity + " e" + where.jpql(), Long.class);
            where.params().forEach(all::setParameter);
            matched = all.getSingleResult();
        }
        return counting.response(rows, matched);
    }

    /**
     * Checks a sparse fieldset against the record's properties (a 400 naming an unknown one) and
     * keeps it for the answer.
     */
    private void chooseFields(String text) {
        if (text != null && !text.isBlank()) {
            requestedFields.choose(Fields.parse(text, fields));
        }
    }

    /** A referenced record, or a 400 naming the request field that referred to it. */
    protected <T extends BaseEntity> T reference(Class<T> target, UUID id, String field) {
        if (id == null) {
            return null;
        }
        T found = em.find(target, id);
        if (found == null) {
            throw ProblemException.invalid(
                    field, "no " + collections.of(target).noun() + " with id " + id);
        }
        return found;
    }

    /**
     * Replaces the contents of a mapped collection, keeping Hibernate's own collection instance and
     * leaving it untouched when nothing changed, so an unchanged PUT does not raise the version.
     */
    protected static <T> void replace(List<T> target, List<? extends T> values) {
        List<? extends T> wanted = values == null ? List.of() : values;
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    /**
     * Validates the request (Bean Validation, then the feature's own rules) and copies it onto the
     * entity, which records {@code author} if this changes it.
     */
    private void write(Q request, E entity, String author) {
        if (request == null) {
            throw ProblemException.invalid("body", "must not be empty");
        }
        Set<ConstraintViolation<Q>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        // The feature's rules and the citations are checked together, so one answer lists both.
        Violations violations = new Violations();
        violations.check(() -> apply(request, entity));
        List<CitationDto> citations =
                request instanceof CitedRequest citing && citing.citations() != null
                        ? citing.citations()
                        : List.of();
        violations.check(() -> checkSourcesExist(citations));
        violations.throwIfAny();
        entity.writtenBy(author);
        if (entity instanceof Cited cited && request instanceof CitedRequest) {
            replace(cited.citations(), citations.stream().map(CitationDto::toEntity).toList());
        }
    }

    private void checkSourcesExist(List<CitationDto> citations) {
        Set<UUID> ids = new HashSet<>();
        citations.forEach(c -> ids.add(c.sourceId()));
        if (ids.isEmpty()) {
            return;
        }
        CollectionDefinition<?, ?, ?> sources = collections.citable().orElseThrow();
        // Sources already in the persistence context cost nothing; the rest one statement. A
        // batch of imported records citing the same few sources so asks the database once.
        Set<UUID> known = new HashSet<>();
        for (Object source :
                em.unwrap(Session.class)
                        .byMultipleIds(sources.entity())
                        .enableSessionCheck(true)
                        .multiLoad(new ArrayList<>(ids))) {
            if (source instanceof BaseEntity stored) {
                known.add(stored.id);
            }
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            if (!known.contains(citations.get(i).sourceId())) {
                violations.add(
                        new Problem.Violation(
                                "citations[" + i + "].sourceId",
                                "no "
                                        + sources.noun()
                                        + " with id "
                                        + citations.get(i).sourceId()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
