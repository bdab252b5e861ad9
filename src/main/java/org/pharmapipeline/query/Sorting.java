package org.pharmapipeline.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    /** The id, which ends every order so that no two records tie. */
    static final Field ID = new Field("id", "e.id", UUID.class, false);

    private final Map<String, Field> fields;
    private final String defaultSort;

    private Sorting(Map<String, Field> fields, String defaultSort) {
        this.fields = fields;
        this.defaultSort = defaultSort;
    }

    /**
     * A field clients may sort by: its API name, its query path, the type of its values (which a
     * cursor holds and reads back as exactly this type) and whether a value may be missing.
     */
    public record Field(String name, String path, Class<?> type, boolean optional) {}

    /**
     * The sorting of a collection, by {@code defaultSort} unless the client asks otherwise; the
     * record timestamps createdAt and updatedAt are sort fields of every collection.
     */
    public static Sorting by(String defaultSort) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("createdAt", new Field("createdAt", "e.createdAt", Instant.class, false));
        fields.put("updatedAt", new Field("updatedAt", "e.updatedAt", Instant.class, false));
        return new Sorting(Map.copyOf(fields), defaultSort);
    }

    /** The field names a client may sort by, in alphabetical order. */
    public List<String> fields() {
        return fields.keySet().stream().sorted().toList();
    }

    /** The order of a list when the client names none. */
    public String defaultSort() {
        return defaultSort;
    }

    /** The same sorting with a field whose every record has a value. */
    public Sorting field(String name, String path, Class<?> type) {
        return with(new Field(name, path, type, false));
    }

    /** The same sorting with a field whose value may be missing. */
    public Sorting optionalField(String name, String path, Class<?> type) {
        return with(new Field(name, path, type, true));
    }

    private Sorting with(Field field) {
        if (!Cursor.holds(field.type())) {
            throw new IllegalArgumentException(
                    field.name() + ": a cursor cannot hold values of " + field.type());
        }
        Map<String, Field> more = new LinkedHashMap<>(fields);
        more.put(field.name(), field);
        return new Sorting(Map.copyOf(more), defaultSort);
    }

    /** One sort key: a field and its direction. */
    public record Term(Field field, boolean descending) {

        public String path() {
            return field.path();
        }
    }

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
            Field field = fields.get(name);
            if (field == null) {
                throw ProblemException.invalid(
                        "sort",
                        "'"
                                + name
                                + "' is not a sort field; use one of "
                                + String.join(", ", fields.keySet().stream().sorted().toList()));
            }
            if (seen.add(name)) {
                terms.add(new Term(field, descending));
                names.add((descending ? "-" : "") + name);
            }
        }
        terms.add(new Term(ID, false));
        return new Order(String.join(",", names), List.copyOf(terms));
    }

    /**
     * The order of the ids alone: the primary key's, so reading it batch by batch is a range of
     * that index each time, whatever the size of the collection (the order of a whole export).
     */
    public static Order byId() {
        return new Order("id", List.of(new Term(ID, false)));
    }

    /**
     * A resolved order.
     *
     * @param name the order as the client wrote it, normalised ("-date,type")
     * @param terms the sort keys, the id last
     */
    public record Order(String name, List<Term> terms) {

        /** The JPQL ORDER BY list. */
        public String orderBy() {
            return String.join(
                    ", ",
                    terms.stream()
                            .map(t -> t.path() + (t.descending() ? " desc" : " asc"))
                            .toList());
        }

        /**
         * The JPQL ORDER BY list led by the paths that a filter holds to one value ({@link
         * Where#pinned}), in the direction of the first sort key. They change nothing in the order,
         * but they let a database read it from an index that leads with them: for "agency = CHMP
         * order by date desc" H2 read the index on (agency, date, id) in that order only when the
         * ORDER BY named the agency too, and otherwise sorted every event of the agency for each
         * page.
         */
        public String orderBy(List<String> pinned) {
            String direction = terms.get(0).descending() ? " desc" : " asc";
            List<String> lead =
                    pinned.stream()
                            .filter(path -> terms.stream().noneMatch(t -> t.path().equals(path)))
                            .distinct()
                            .map(path -> path + direction)
                            .toList();
            return lead.isEmpty() ? orderBy() : String.join(", ", lead) + ", " + orderBy();
        }

        /** The sort keys as a JPQL select list, to build the cursor of a page's last row from. */
        public String keys() {
            return String.join(", ", terms.stream().map(Term::path).toList());
        }

        /**
         * Restricts {@code where} to the rows after {@code cursor} when the client sent one, and
         * says whether it did: a keyset page, which carries no totals. A cursor together with a
         * page number is a 400.
         */
        public boolean resume(Where where, String cursor, int page) {
            if (cursor == null || cursor.isBlank()) {
                return false;
            }
            if (page != 0) {
                throw ProblemException.invalid(
                        "page",
                        "must not be combined with cursor, which says where the page starts");
            }
            after(where, Cursor.decode(cursor, this));
            return true;
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
                String beyond = beyond(t, value, p, t.field().optional());
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
            String seek = seek(first, after.get(0), "k0", first.field().optional());
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
