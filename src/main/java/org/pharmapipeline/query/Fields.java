package org.pharmapipeline.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pharmapipeline.problem.ProblemException;

/**
 * A sparse fieldset: the properties of a record a client asked for with {@code fields=}, always
 * with the id. A name the record does not have is a 400 that names it, never silently dropped.
 */
public final class Fields {

    /** The query parameter that asks for them. */
    public static final String PARAMETER = "fields";

    /** The property every record keeps, so that a partial record can still be fetched whole. */
    public static final String ID = "id";

    private final Set<String> chosen;

    private Fields(Set<String> chosen) {
        this.chosen = chosen;
    }

    /**
     * The fields {@code text} names among {@code available} (comma-separated); null when it names
     * none, which means the whole record.
     */
    public static Fields parse(String text, List<String> available) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add(ID);
        for (String part : text.split(",", -1)) {
            String name = part.strip();
            if (!available.contains(name)) {
                throw ProblemException.invalid(
                        PARAMETER,
                        (name.isEmpty() ? "has an empty name" : "unknown field '" + name + "'")
                                + "; the fields are "
                                + String.join(", ", available));
            }
            chosen.add(name);
        }
        return new Fields(Set.copyOf(chosen));
    }

    /** The record with only the chosen properties, changed in place. */
    public ObjectNode apply(ObjectNode record) {
        record.retain(chosen);
        return record;
    }

    public Set<String> names() {
        return chosen;
    }
}
