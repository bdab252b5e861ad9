package org.pharmapipeline.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an import stands. */
@Schema(
        description =
                "QUEUED: accepted, waiting for the import before it. RUNNING: reading and writing"
                        + " rows. SUCCEEDED: ended; a dry run changed nothing, onError=skip left out"
                        + " the rejected rows. FAILED: ended without importing (onError=abort with a"
                        + " rejected row, a file that cannot be read, or an import interrupted by a"
                        + " stop of the service); see failure.")
public enum ImportState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
