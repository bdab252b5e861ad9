package org.pharmapipeline.imports;

import java.util.List;

/**
 * Writes the rows of one format through the collection services, a batch at a time. A writer may
 * keep what it learnt from earlier rows (records it matched or created); it is told when a batch is
 * kept or undone, so it can forget what an undone batch taught it.
 */
public interface RowWriter<T> {

    /** Looks up, for a whole batch at once, what its rows will need. */
    default void prepare(List<Row<T>> rows, Batch batch) {}

    /**
     * Writes one row through {@link Batch#write}, or refuses it by throwing a 400 {@link
     * org.pharmapipeline.problem.ProblemException} that names its fields.
     */
    void write(Row<T> row, Batch batch);

    /** The batch's writes are stored (or, in a dry run, would be). */
    default void kept() {}

    /** The batch's writes were undone; it will be written again, or row by row. */
    default void undone() {}
}
