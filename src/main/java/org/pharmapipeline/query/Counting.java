package org.pharmapipeline.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.CountField.DateUnit;
import org.pharmapipeline.query.CountField.Kind;

/**
 * One count a client asked for: the fields it groups by, read from {@code by} against the fields a
 * collection declares, the JPQL that counts them in one grouped statement, and the buckets that
 * statement's rows become, in order. Every bucket is returned: there is no top-N cap.
 */
public final class Counting {

    private static final String COUNT_FIRST = "-count";

    /** One field of the count, with its date unit, and the alias of its join if it needs one. */
    private record Grouping(CountField field, DateUnit unit, String alias) {

        String key() {
            return unit == null ? field.name() : field.name() + ":" + unit.label();
        }

        /** Where the field's value is read: the joined record or element, or the attribute. */
        String target() {
            return alias != null ? alias : field.attribute();
        }

        List<String> expressions() {
            String target = target();
            return switch (field.kind()) {
                case VALUE, ELEMENT -> List.of(target);
                case REFERENCE -> List.of(target + ".id", target + "." + field.labelAttribute());
                case DATE ->
                        switch (unit) {
                            case YEAR -> List.of("year(" + target + ")");
                            case QUARTER ->
                                    List.of(
                                            "year(" + target + ")",
                                            "extract(quarter from " + target + ")");
                            case MONTH -> List.of("year(" + target + ")", "month(" + target + ")");
                        };
            };
        }

        String join() {
            return alias == null ? null : "left join " + field.attribute() + " " + alias;
        }
    }

    /** A bucket's value for one field: what clients see, its label, and the key it sorts by. */
    private record Cell(String value, String label, Comparable<?> order) {}

    private final List<Grouping> groupings;
    private final boolean countFirst;

    private Counting(List<Grouping> groupings, boolean countFirst) {
        this.groupings = groupings;
        this.countFirst = countFirst;
    }

    /**
     * The count {@code by} asks for over a collection that declares {@code fields}; a 400 naming
     * the field when one is unknown, repeated, or a date without its unit.
     */
    public static Counting of(String by, String sort, List<CountField> fields) {
        String accepted =
                fields.stream()
                        .flatMap(f -> f.accepted().stream())
                        .collect(Collectors.joining(", "));
        if (by == null || by.isBlank()) {
            throw ProblemException.invalid("by", "is required: one or more of " + accepted);
        }
        List<Grouping> groupings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : by.split(",", -1)) {
            String spec = part.strip();
            String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            CountField field =
                    fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (field == null) {
                throw ProblemException.invalid(
                        "by",
                        "unknown field '" + spec + "'; this collection counts by " + accepted);
            }
            if (!field.accepted().contains(spec)) {
                throw ProblemException.invalid(
                        "by",
                        "'"
                                + spec
                                + "' is not accepted; use "
                                + String.join(", ", field.accepted()));
            }
            if (!seen.add(name)) {
                throw ProblemException.invalid("by", "names '" + name + "' more than once");
            }
            DateUnit unit =
                    field.kind() == Kind.DATE
                            ? DateUnit.valueOf(
                                    spec.substring(name.length() + 1).toUpperCase(Locale.ROOT))
                            : null;
            boolean joined = field.kind() == Kind.REFERENCE || field.kind() == Kind.ELEMENT;
            groupings.add(new Grouping(field, unit, joined ? "g" + groupings.size() : null));
        }
        if (groupings.size() > CountParams.MAX_FIELDS) {
            throw ProblemException.invalid(
                    "by",
                    "names " + groupings.size() + " fields; at most " + CountParams.MAX_FIELDS);
        }
        if (sort != null && !sort.isBlank() && !sort.strip().equals(COUNT_FIRST)) {
            throw ProblemException.invalid(
                    "sort",
                    "unknown order '"
                            + sort.strip()
                            + "'; leave it out to order by value, or use "
                            + COUNT_FIRST);
        }
        return new Counting(List.copyOf(groupings), sort != null && !sort.isBlank());
    }

    /** The fields as the client named them, in order. */
    public List<String> by() {
        return groupings.stream().map(Grouping::key).toList();
    }

    /** The grouped statement over {@code entity} (alias e) with the list's conditions. */
    public String jpql(String entity, Where where) {
        List<String> expressions = new ArrayList<>();
        StringBuilder from = new StringBuilder(" from ").append(entity).append(" e");
        for (Grouping grouping : groupings) {
            expressions.addAll(grouping.expressions());
            if (grouping.join() != null) {
                from.append(' ').append(grouping.join());
            }
        }
        String columns = String.join(", ", expressions);
        // count(*), not count(e): counting the id would read every row where an index holding the
        // grouped columns suffices
        return "select " + columns + ", count(*)" + from + where.jpql() + " group by " + columns;
    }

    /**
     * Whether every record falls in exactly one bucket, so that the buckets add up to the number of
     * records matched: true unless a field has many values a record (a record with two therapeutic
     * areas counts in both, one with none in the empty bucket).
     */
    public boolean bucketsPartitionRecords() {
        return groupings.stream().noneMatch(g -> g.field().kind() == Kind.ELEMENT);
    }

    /** The statement's rows as buckets, ordered, with the number of records the filters match. */
    public CountsResponse response(List<Object[]> rows, long totalItems) {
        Map<List<Cell>, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (Grouping grouping : groupings) {
                int width = grouping.expressions().size();
                cells.add(cell(grouping, row, column));
                column += width;
            }
            counts.merge(cells, ((Number) row[column]).longValue(), Long::sum);
        }
        Comparator<List<Cell>> byValue = this::compareCells;
        Comparator<List<Cell>> order =
                countFirst
                        ? Comparator.<List<Cell>>comparingLong(counts::get)
                                .reversed()
                                .thenComparing(byValue)
                        : byValue;
        List<CountBucket> buckets =
                counts.keySet().stream()
                        .sorted(order)
                        .map(cells -> bucket(cells, counts.get(cells)))
                        .toList();
        return new CountsResponse(by(), totalItems, buckets);
    }

    private CountBucket bucket(List<Cell> cells, long count) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < groupings.size(); i++) {
            String name = groupings.get(i).field().name();
            values.put(name, cells.get(i).value());
            if (groupings.get(i).field().kind() == Kind.REFERENCE) {
                labels.put(name, cells.get(i).label());
            }
        }
        return new CountBucket(values, labels, count);
    }

    private static Cell cell(Grouping grouping, Object[] row, int column) {
        Object first = row[column];
        CountField field = grouping.field();
        return switch (field.kind()) {
            case VALUE, ELEMENT -> {
                Object value = first == null ? null : field.decode().apply(first);
                yield new Cell(value == null ? null : text(value), null, (Comparable<?>) value);
            }
            case REFERENCE -> {
                String label = row[column + 1] == null ? null : row[column + 1].toString();
                yield new Cell(
                        first == null ? null : first.toString(),
                        label,
                        first == null ? null : label + "\u0000" + first);
            }
            case DATE ->
                    dateCell(
                            grouping.unit(),
                            first,
                            row.length > column + 1 ? row[column + 1] : null);
        };
    }

    private static Cell dateCell(DateUnit unit, Object year, Object part) {
        if (year == null) {
            return new Cell(null, null, null);
        }
        int y = ((Number) year).intValue();
        return switch (unit) {
            case YEAR -> new Cell(String.valueOf(y), null, y * 100);
            case QUARTER -> {
                int q = ((Number) part).intValue();
                yield new Cell(y + "-Q" + q, null, y * 100 + q);
            }
            case MONTH -> {
                int m = ((Number) part).intValue();
                yield new Cell(String.format("%d-%02d", y, m), null, y * 100 + m);
            }
        };
    }

    private static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compareCells(List<Cell> a, List<Cell> b) {
        for (int i = 0; i < a.size(); i++) {
            Comparable x = a.get(i).order();
            Comparable y = b.get(i).order();
            int c;
            if (x == null || y == null) {
                c = x == y ? 0 : x == null ? 1 : -1; // missing values last
            } else {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
