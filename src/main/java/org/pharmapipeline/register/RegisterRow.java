package org.pharmapipeline.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row of a register: its cells by the names of the columns the format reads (other columns are
 * left out), in the register's own words.
 */
public record RegisterRow(Map<String, String> cells) {

    /** What registers write in a cell that states nothing. */
    private static final Set<String> NOTHING = Set.of("", "N/A", "n/a", "-", "—");

    /** The cell's text, stripped; null when the cell states nothing. */
    public String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return NOTHING.contains(stripped) ? null : stripped;
    }

    /** The cell as written, stripped; empty when absent. */
    public String raw(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    /**
     * The row's own words in these columns, as "Column: value" pairs, for a citation's quote; the
     * columns that state nothing are left out, and the quote is cut at the citation's 2000
     * characters.
     */
    public String quote(List<String> columns) {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String value = get(column);
            if (value != null) {
                parts.add(column + ": " + value.replaceAll("\\s+", " "));
            }
        }
        String quote = String.join("; ", parts);
        return quote.length() <= 2000 ? quote : quote.substring(0, 1999) + "…";
    }

    /** What identifies the row's content, to tell a row that repeats an earlier one. */
    public String content() {
        return String.join("\u001f", cells.values());
    }
}
