package org.pharmapipeline.imports;

import java.io.IOException;

/** The rows of an upload, read in the order they are to be written. */
public interface Rows<T> extends AutoCloseable {

    /** How many rows there are, known before the first is written. */
    long total();

    /** Hands every row to {@code consumer}, in order. */
    void forEach(RowConsumer<T> consumer) throws IOException;

    @Override
    default void close() throws IOException {}

    /** Takes rows one at a time. */
    @FunctionalInterface
    interface RowConsumer<T> {
        void accept(Row<T> row) throws IOException;
    }
}
