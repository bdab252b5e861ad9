package org.pharmapipeline.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sort fields a collection accepts, mapped to query paths. Unknown fields are a 400, never
 * silently ignored; the record id always breaks ties so pages never overlap.
 */
public final class Sorting {

    private final Map<String, String> fields;
    private final String defaultSort;

    private Sorting(Map<String, String> fields, String defaultSort) {
        this.fields = fields;
        this.defaultSort = defaultSort;
    }

    /**
     * @param pairs API field name, query path, API field name, query path, ...
     */
    public static Sorting of(String defaultSort, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        fields.putIfAbsent("createdAt", "e.createdAt");
        fields.putIfAbsent("updatedAt", "e.updatedAt");
        return new Sorting(Map.copyOf(fields), defaultSort);
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** The JPQL ORDER BY list for a client's sort parameter. */
    public String orderBy(String sort) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : requested.split(",")) {
            String term = raw.strip();
            if (term.isEmpty()) {
                continue;
            }
            boolean descending = term.startsWith("-");
            String name = descending || term.startsWith("+") ? term.substring(1).strip() : term;
            String path = fields.get(name);
            if (path == null) {
                throw ProblemException.invalid(
                        "sort",
                        "'"
                                + name
                                + "' is not a sort field; use one of "
                                + String.join(", ", fields.keySet().stream().sorted().toList()));
            }
            if (seen.add(name)) {
                terms.add(path + (descending ? " desc" : " asc"));
            }
        }
        terms.add("e.id asc");
        return String.join(", ", terms);
    }
}
