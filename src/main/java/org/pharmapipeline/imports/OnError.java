package org.pharmapipeline.imports;

import java.util.Locale;

/** What an import does with a row it rejects. */
public enum OnError {
    /** Imports nothing when any row is rejected: all or nothing. */
    ABORT,
    /** Imports every row that is valid and reports each rejected one. */
    SKIP;

    /** The value as the API spells it: abort, skip. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
