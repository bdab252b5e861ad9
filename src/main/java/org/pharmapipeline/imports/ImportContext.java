package org.pharmapipeline.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * What a writer needs to know about the import it writes for.
 *
 * @param importId the import
 * @param author who the written records are written by (the importing user)
 * @param startedAt when the import started writing: records created or changed by the author since
 *     were written by this import
 * @param upload the file and what its upload said
 * @param sourceId the source document every written record cites, or null
 */
public record ImportContext(
        UUID importId, String author, Instant startedAt, Upload upload, UUID sourceId) {

    /** Whether a stored record was created by this import. */
    public boolean createdHere(Instant createdAt, String createdBy) {
        return createdAt != null
                && !createdAt.isBefore(startedAt)
                && java.util.Objects.equals(createdBy, author);
    }
}
