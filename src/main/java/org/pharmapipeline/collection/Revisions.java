package org.pharmapipeline.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields one version of a record changed from the version before it. */
public final class Revisions {

    /** Properties every record has that say who changed it when, not what it says. */
    private static final Set<String> BOOKKEEPING =
            Set.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy");

    private Revisions() {}

    /**
     * The fields whose values differ between two versions of a record (as JSON objects), in the
     * order the record lists them. {@code before} is null for a creation, {@code after} null for a
     * deletion, which changed no field.
     */
    public static List<Revision.FieldChange> changes(JsonNode before, JsonNode after) {
        List<Revision.FieldChange> changes = new ArrayList<>();
        if (after == null) {
            return changes;
        }
        Set<String> fields = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(fields::add);
        if (before != null) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                fields.add(names.next());
            }
        }
        for (String field : fields) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            JsonNode old = valueOf(before, field);
            JsonNode now = valueOf(after, field);
            if (!old.equals(now)) {
                changes.add(new Revision.FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static JsonNode valueOf(JsonNode record, String field) {
        JsonNode value = record == null ? null : record.get(field);
        return value == null ? NullNode.getInstance() : value;
    }
}
