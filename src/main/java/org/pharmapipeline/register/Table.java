package org.pharmapipeline.register;

import java.io.IOException;
import java.util.List;

/**
 * The rows of a register's file, each a list of cells as text, read one at a time: a tab- or
 * comma-separated text file, or the first sheet of a workbook.
 */
interface Table {

    /** Takes the rows of a table. Returning false stops the reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(long number, List<String> cells) throws IOException;
    }

    /**
     * Hands every row, numbered from 1 as a spreadsheet numbers them (a text file's physical lines
     * may be more, when a quoted cell holds a line break), to the handler.
     */
    void read(RowHandler handler) throws IOException;
}
