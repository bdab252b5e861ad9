package org.pharmapipeline.collection;

import io.quarkus.arc.Arc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.TestIds;

/**
 * What the tests every collection shares need to exercise one collection: a seeded record, a valid
 * new record, a field to change and its new value, and an enum field to send a wrong constant in. A
 * collection registers its sample as a bean (a {@code @Produces} field), next to where it is
 * declared; the shared tests take one for every registered collection.
 *
 * @param path the collection's name, the last segment of its path
 * @param seededId a record that exists whenever the tests run
 * @param body a valid request body for a new record
 * @param field a field of the body to change
 * @param newValue a valid new value for it
 * @param enumField an enum field of the body, or null
 */
public record ContractSample(
        String path,
        String seededId,
        Map<String, Object> body,
        String field,
        Object newValue,
        String enumField) {

    /** Citations of the 2006 release, for samples of cited records. */
    public static final List<Map<String, Object>> CITED =
            List.of(
                    Map.of(
                            "sourceId",
                            TestIds.SOURCE_2006_MAA_FILING,
                            "quote",
                            "Ceplene(TM)",
                            "locator",
                            "page 1"));

    @Override
    public String toString() {
        return path;
    }

    /**
     * The body with every free-text field of the collection's natural keys made unique, so that
     * many records can be made from one sample.
     */
    public Map<String, Object> freshBody() {
        Map<String, Object> fresh = new HashMap<>(body);
        CollectionDefinition<?, ?, ?> collection =
                registry().all().stream()
                        .filter(c -> c.name().equals(path))
                        .findFirst()
                        .orElseThrow();
        for (List<String> key : collection.naturalKeys()) {
            for (String field : key) {
                if (RecordFields.component(collection.request(), field).getType() == String.class) {
                    fresh.computeIfPresent(
                            field,
                            (name, value) ->
                                    value instanceof String text
                                            ? TemporaryRecords.uniqueName(text)
                                            : value);
                }
            }
        }
        return fresh;
    }

    private static CollectionRegistry registry() {
        return Arc.container().select(CollectionRegistry.class).get();
    }

    /**
     * The sample of every registered collection, in the registry's order; fails naming the
     * collections that have none, so none can skip the shared tests.
     */
    public static List<ContractSample> forEveryCollection() {
        Map<String, ContractSample> samples =
                Arc.container().select(ContractSample.class).stream()
                        .collect(Collectors.toMap(ContractSample::path, Function.identity()));
        List<ContractSample> ordered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CollectionDefinition<?, ?, ?> collection : registry().all()) {
            ContractSample sample = samples.get(collection.name());
            if (sample == null) {
                missing.add(collection.name());
            } else {
                ordered.add(sample);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "No ContractSample is produced for the registered collections " + missing);
        }
        return ordered;
    }
}
