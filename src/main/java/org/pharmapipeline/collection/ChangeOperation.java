package org.pharmapipeline.collection;

/** What a change did to a record. */
public enum ChangeOperation {
    CREATED,
    UPDATED,
    DELETED
}
