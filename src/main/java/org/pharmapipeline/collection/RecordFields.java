package org.pharmapipeline.collection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the fields of request records by name, as natural keys and references name them. */
public final class RecordFields {

    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS =
            new ConcurrentHashMap<>();

    private RecordFields() {}

    /** The component of a record type with this name, or null. */
    public static RecordComponent component(Class<?> type, String field) {
        return COMPONENTS
                .computeIfAbsent(
                        type,
                        t -> {
                            Map<String, RecordComponent> byName = new ConcurrentHashMap<>();
                            RecordComponent[] components = t.getRecordComponents();
                            if (components != null) {
                                for (RecordComponent c : components) {
                                    byName.put(c.getName(), c);
                                }
                            }
                            return byName;
                        })
                .get(field);
    }

    /**
     * The value of a field of a request record, text stripped of surrounding white space (as the
     * services store it) and blank text as null.
     */
    public static Object value(Object record, String field) {
        RecordComponent component = component(record.getClass(), field);
        if (component == null) {
            throw new IllegalArgumentException(
                    record.getClass().getSimpleName() + " has no field " + field);
        }
        try {
            Object value = component.getAccessor().invoke(record);
            if (value instanceof String text) {
                String stripped = text.strip();
                return stripped.isEmpty() ? null : stripped;
            }
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
