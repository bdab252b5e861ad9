package org.pharmapipeline.query;

/** The filter query parameters of one collection, turned into a WHERE clause over alias e. */
public interface ListFilter {
    Where where();
}
