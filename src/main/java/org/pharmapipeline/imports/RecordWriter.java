package org.pharmapipeline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;

/**
 * Writes records stated in the API's own request shape (NDJSON lines, CSV rows) through their
 * collections' services: a record is matched by its id, else by its collection's natural key, and
 * created or replaced. Two rows naming the same record are a mistake in the file: the second is
 * rejected rather than silently winning.
 */
final class RecordWriter implements RowWriter<RecordLine> {

    private final ObjectMapper json;
    private final Instance<CrudService<?, ?, ?>> services;

    /** What the batch's lookups found for each row, by row number. */
    private final Map<Long, Target<?>> targets = new HashMap<>();

    /** The rows of the current batch that wrote each record, and each natural key. */
    private final Map<BaseEntity, Long> writtenBy = new IdentityHashMap<>();

    private final Map<List<Object>, Long> keyedBy = new HashMap<>();

    /** A row's request and the record it is to replace (null: a new one). */
    private record Target<Q>(Q request, BaseEntity existing, ProblemException refused) {}

    RecordWriter(ObjectMapper json, Instance<CrudService<?, ?, ?>> services) {
        this.json = json;
        this.services = services;
    }

    @Override
    public void prepare(List<Row<RecordLine>> rows, Batch batch) {
        targets.clear();
        writtenBy.clear();
        keyedBy.clear();
        Map<CollectionDefinition<?, ?, ?>, List<Row<RecordLine>>> byCollection =
                new LinkedHashMap<>();
        for (Row<RecordLine> row : rows) {
            if (row.content().unreadable() == null) {
                byCollection
                        .computeIfAbsent(row.content().collection(), c -> new ArrayList<>())
                        .add(row);
            }
        }
        byCollection.forEach((collection, its) -> prepare(collection, its));
    }

    private <E extends BaseEntity, Q> void prepare(
            CollectionDefinition<E, Q, ?> collection, List<Row<RecordLine>> rows) {
        CrudService<E, Q, ?> service = service(collection);
        List<Row<RecordLine>> read = new ArrayList<>();
        List<Q> requests = new ArrayList<>();
        for (Row<RecordLine> row : rows) {
            try {
                requests.add(json.treeToValue(row.content().body(), collection.request()));
                read.add(row);
            } catch (JsonProcessingException e) {
                targets.put(row.number(), new Target<>(null, null, ProblemMappers.problemOf(e)));
            } catch (IllegalArgumentException e) {
                targets.put(
                        row.number(),
                        new Target<>(null, null, ProblemException.invalid("body", "is not valid")));
            }
        }
        List<Row<RecordLine>> byKey = new ArrayList<>();
        List<Q> keyed = new ArrayList<>();
        List<java.util.UUID> ids = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).content().id() != null) {
                ids.add(read.get(i).content().id());
            } else {
                byKey.add(read.get(i));
                keyed.add(requests.get(i));
            }
        }
        Map<java.util.UUID, E> found = service.findAll(ids);
        List<List<E>> matches = service.findByNaturalKey(keyed);
        service.prefetchReferences(requests);
        for (int i = 0; i < read.size(); i++) {
            Row<RecordLine> row = read.get(i);
            if (row.content().id() != null) {
                targets.put(
                        row.number(),
                        new Target<>(requests.get(i), found.get(row.content().id()), null));
            }
        }
        for (int i = 0; i < byKey.size(); i++) {
            List<E> holders = matches.get(i);
            ProblemException refused = null;
            E existing = null;
            if (holders != null && holders.size() > 1) {
                refused =
                        ProblemException.conflict(
                                "The row matches "
                                        + holders.size()
                                        + " "
                                        + collection.noun()
                                        + " records by "
                                        + String.join(", ", keyOf(collection, keyed.get(i)))
                                        + " ("
                                        + String.join(
                                                ", ",
                                                holders.stream().map(h -> h.id.toString()).toList())
                                        + "); give it the id of the one it is.",
                                null);
            } else if (holders != null && holders.size() == 1) {
                existing = holders.get(0);
            }
            targets.put(byKey.get(i).number(), new Target<>(keyed.get(i), existing, refused));
        }
    }

    @Override
    public void write(Row<RecordLine> row, Batch batch) {
        RecordLine line = row.content();
        if (line.unreadable() != null) {
            throw line.unreadable();
        }
        write(row, line.collection(), batch);
    }

    @SuppressWarnings("unchecked")
    private <E extends BaseEntity, Q> void write(
            Row<RecordLine> row, CollectionDefinition<E, Q, ?> collection, Batch batch) {
        Target<Q> target = (Target<Q>) targets.get(row.number());
        if (target.refused() != null) {
            throw target.refused();
        }
        E existing = (E) target.existing();
        List<Object> key = null;
        if (row.content().id() == null) {
            key = naturalKey(collection, target.request());
            Long earlier = key == null ? null : keyedBy.get(key);
            if (earlier != null) {
                throw duplicate(
                        collection,
                        earlier,
                        "the same " + String.join(", ", keyOf(collection, target.request())));
            }
        }
        if (existing != null) {
            Long earlier = writtenBy.get(existing);
            if (earlier != null) {
                throw duplicate(collection, earlier, "the same record");
            }
            ImportContext context = batch.context();
            if (context.createdHere(existing.createdAt, existing.createdBy)
                    || context.createdHere(existing.updatedAt, existing.updatedBy)) {
                throw duplicate(collection, null, "record " + existing.id);
            }
        }
        E written =
                batch.write(service(collection), existing, row.content().id(), target.request());
        writtenBy.put(written, row.number());
        if (key != null) {
            keyedBy.put(key, row.number());
        }
    }

    /** The collection and values of the natural key a request states, or null. */
    private static List<Object> naturalKey(
            CollectionDefinition<?, ?, ?> collection, Object request) {
        for (List<String> fields : collection.naturalKeys()) {
            List<Object> values = CrudService.keyValues(request, fields);
            if (values.get(0) != null) {
                List<Object> key = new ArrayList<>();
                key.add(collection.name());
                key.add(fields);
                key.addAll(values);
                return key;
            }
        }
        return null;
    }

    /** The fields of the natural key a request states, as "name" or "productId, agency". */
    private static List<String> keyOf(CollectionDefinition<?, ?, ?> collection, Object request) {
        for (List<String> fields : collection.naturalKeys()) {
            if (CrudService.keyValues(request, fields).get(0) != null) {
                return fields;
            }
        }
        return List.of("id");
    }

    private static ProblemException duplicate(
            CollectionDefinition<?, ?, ?> collection, Long earlierRow, String what) {
        return ProblemException.conflict(
                "An earlier row of this import "
                        + (earlierRow == null ? "" : "(row " + earlierRow + ") ")
                        + "wrote "
                        + what
                        + " of "
                        + collection.name()
                        + "; a file names each record once.",
                null);
    }

    @SuppressWarnings("unchecked")
    private <E extends BaseEntity, Q> CrudService<E, Q, ?> service(
            CollectionDefinition<E, Q, ?> collection) {
        return (CrudService<E, Q, ?>) services.select(collection.service()).get();
    }
}
