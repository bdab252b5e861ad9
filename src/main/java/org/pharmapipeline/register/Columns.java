package org.pharmapipeline.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a register format reads, found by their names in the header row wherever they stand
 * (later exports add and reorder columns), whatever the case and spacing of the names (some carry
 * line breaks). Title rows above the header are passed over: the header is the first row that names
 * every required column.
 */
final class Columns {

    /** How far down a sheet the header row is looked for. */
    static final int HEADER_SEARCH = 30;

    private final List<String> required;
    private final List<String> all;

    Columns(List<String> required, List<String> optional) {
        this.required = List.copyOf(required);
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.all = List.copyOf(all);
    }

    /** A header found in a table: where each column stands. */
    record Header(long row, Map<String, Integer> positions) {

        /** A data row's cells by column name. */
        RegisterRow row(List<String> cells) {
            Map<String, String> values = new LinkedHashMap<>();
            positions.forEach(
                    (column, index) ->
                            values.put(column, index < cells.size() ? cells.get(index) : ""));
            return new RegisterRow(values);
        }
    }

    /** The header, if this row is it: a row naming every required column. */
    Header header(long number, List<String> cells) {
        Map<String, Integer> positions = positions(cells);
        return positions.keySet().containsAll(required) ? new Header(number, positions) : null;
    }

    /** The required columns a row does not name. */
    List<String> missing(List<String> cells) {
        Map<String, Integer> positions = positions(cells);
        return required.stream().filter(c -> !positions.containsKey(c)).toList();
    }

    private Map<String, Integer> positions(List<String> cells) {
        Map<String, String> byKey = new HashMap<>();
        all.forEach(c -> byKey.put(key(c), c));
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = byKey.get(key(cells.get(i)));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        return positions;
    }

    List<String> required() {
        return required;
    }

    private static String key(String name) {
        return name == null ? "" : name.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
