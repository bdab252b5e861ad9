package org.pharmapipeline.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmapipeline.problem.ProblemException;

/**
 * The sort fields a collection accepts, mapped to query paths. Unknown fields are a 400, never
 * silently ignored; the record id always breaks ties so pages never overlap, and keyset pages can
 * continue exactly after the last record of the previous one.
 *
 * <p>Missing values sort as the highest: last ascending, first descending, on H2 as on PostgreSQL
 * (H2 is configured with DEFAULT_NULL_ORDERING=HIGH, PostgreSQL's own default), which is also the
 * order the single-column indexes keep.
 */
public final class Sorting {

    private final Map<String, String> fields;
    private final String defaultSort;
    private final Set<String> nullablePaths;

    private Sorting(Map<String, String> fields, String defaultSort, Set<String> nullablePaths) {
        this.fields = fields;
        this.defaultSort = defaultSort;
        this.nullablePaths = nullablePaths;
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
        return new Sorting(Map.copyOf(fields), defaultSort, Set.of());
    }

    /** The same sorting, naming the sort fields whose values may be missing. */
    public Sorting withOptional(String... names) {
        Set<String> paths = new LinkedHashSet<>(nullablePaths);
        for (String name : names) {
            String path = fields.get(name);
            if (path == null) {
                throw new IllegalArgumentException(name + " is not a sort field");
            }
            paths.add(path);
        }
        return new Sorting(fields, defaultSort, Set.copyOf(paths));
    }

    /** The field names a client may sort by, in alphabetical order. */
    public List<String> fields() {
        return fields.keySet().stream().sorted().toList();
    }

    /** The order of a list when the client names none. */
    public String defaultSort() {
        return defaultSort;
    }

    /** One sort key: a query path and its direction. */
    public record Term(String path, boolean descending) {}

    /** The order a client asked for, ending in the id. */
    public Order order(String sort) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Term> terms = new ArrayList<>();
        List<String> names = new ArrayList<>();
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
                terms.add(new Term(path, descending));
                names.add((descending ? "-" : "") + name);
            }
        }
        terms.add(new Term("e.id", false));
        return new Order(String.join(",", names), List.copyOf(terms), nullablePaths);
    }

    /**
     * A resolved order.
     *
     * @param name the order as the client wrote it, normalised ("-date,type")
     * @param terms the sort keys, the id last
     * @param nullablePaths the paths that may hold missing values
     */
    public record Order(String name, List<Term> terms, Set<String> nullablePaths) {

        /** The JPQL ORDER BY list. */
        public String orderBy() {
            return String.join(
                    ", ",
                    terms.stream()
                            .map(t -> t.path() + (t.descending() ? " desc" : " asc"))
                            .toList());
        }

        /** The sort keys as a JPQL select list, to build the cursor of a page's last row from. */
        public String keys() {
            return String.join(", ", terms.stream().map(Term::path).toList());
        }

        /**
         * Restricts {@code where} to the rows after the row whose sort keys are {@code after}.
         * Beyond the exact "after" condition, the first key gets a plain range bound so the
         * database can seek straight to the position in the index instead of scanning up to it.
         */
        public void after(Where where, List<Object> after) {
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> any = new ArrayList<>();
            List<String> equalSoFar = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                Object value = after.get(i);
                String p = "k" + i;
                String beyond = beyond(t, value, p, nullablePaths.contains(t.path()));
                if (beyond != null) {
                    List<String> both = new ArrayList<>(equalSoFar);
                    both.add(beyond);
                    any.add("(" + String.join(" and ", both) + ")");
                }
                equalSoFar.add(value == null ? t.path() + " is null" : t.path() + " = :" + p);
                if (value != null) {
                    params.put(p, value);
                }
            }
            Term first = terms.get(0);
            String seek = seek(first, after.get(0), "k0", nullablePaths.contains(first.path()));
            if (seek != null && after.get(0) != null) {
                params.put("k0", after.get(0));
            }
            String condition = any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
            where.condition(seek == null ? condition : seek + " and " + condition, params);
        }

        /** The rows strictly after {@code value} on one key, missing values being the highest. */
        private static String beyond(Term t, Object value, String p, boolean nullable) {
            if (value == null) {
                return t.descending() ? t.path() + " is not null" : null;
            }
            if (t.descending()) {
                return t.path() + " < :" + p;
            }
            return nullable
                    ? "(" + t.path() + " > :" + p + " or " + t.path() + " is null)"
                    : t.path() + " > :" + p;
        }

        /** A range bound on the first key that an index can seek with, or null if none helps. */
        private static String seek(Term t, Object value, String p, boolean nullable) {
            if (value == null) {
                return t.descending() ? null : t.path() + " is null";
            }
            if (t.descending()) {
                return t.path() + " <= :" + p;
            }
            return nullable ? null : t.path() + " >= :" + p;
        }
    }
}
