package org.pharmapipeline.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmapipeline.problem.ProblemException;

/**
 * Builds the WHERE clause of a list query from optional filters: a filter whose value is null is
 * left out. The queried entity is always aliased {@code e}.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private final List<String> pinned = new ArrayList<>();

    public static Where create() {
        return new Where();
    }

    public Where eq(String path, Object value) {
        if (value == null) {
            return this;
        }
        pinned.add(path);
        return clause(path + " = :%s", value);
    }

    /** The paths that an {@link #eq} condition holds to one value, in the order they were added. */
    public List<String> pinned() {
        return List.copyOf(pinned);
    }

    private Where atLeast(String path, Object value) {
        return value == null ? this : clause(path + " >= :%s", value);
    }

    private Where atMost(String path, Object value) {
        return value == null ? this : clause(path + " <= :%s", value);
    }

    /**
     * A closed range of comparable values (dates, say) from two query parameters; a range whose
     * start is after its end is a 400, not an empty page.
     */
    public <T extends Comparable<T>> Where between(
            String path, T from, String fromName, T to, String toName) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ProblemException.invalid(fromName, "must not be after " + toName);
        }
        return atLeast(path, from).atMost(path, to);
    }

    /** Case-insensitive "contains" over one or more string paths, any of which may match. */
    public Where contains(String term, String... paths) {
        if (term == null || term.isBlank()) {
            return this;
        }
        String name = next();
        List<String> any = new ArrayList<>();
        for (String path : paths) {
            any.add("lower(" + path + ") like :" + name + " escape '!'");
        }
        clauses.add("(" + String.join(" or ", any) + ")");
        params.put(name, likePattern(term));
        return this;
    }

    /** A hand-written condition; each {@code %s} in it names the one bound value. */
    public Where clause(String condition, Object value) {
        if (value == null) {
            return this;
        }
        String name = next();
        clauses.add("(" + condition.replace("%s", name) + ")");
        params.put(name, value);
        return this;
    }

    /**
     * A hand-written condition binding several named values; the names must not start with "p",
     * which this class uses for its own.
     */
    public Where condition(String condition, Map<String, Object> values) {
        clauses.add("(" + condition + ")");
        params.putAll(values);
        return this;
    }

    public String jpql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A LIKE pattern matching the term anywhere, with LIKE's own characters escaped by '!'. */
    public static String likePattern(String term) {
        return "%" + escape(term.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A LIKE pattern matching values that start with the term, as written. */
    public static String prefixPattern(String term) {
        return escape(term) + "%";
    }

    private static String escape(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private String next() {
        return "p" + params.size();
    }
}
