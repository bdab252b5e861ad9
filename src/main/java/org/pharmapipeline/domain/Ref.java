package org.pharmapipeline.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to another record by id, with its name so a client need not fetch it to show it. */
@Schema(name = "Ref", description = "Another record, by id and display name.")
public record Ref(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
        @Schema(examples = "Ceplene") String name) {

    /** A record that others refer to, by its id and the name people know it by. */
    public interface Named {
        Ref ref();
    }

    /** The reference to a record, or null when there is none. */
    public static Ref of(Named record) {
        return record == null ? null : record.ref();
    }
}
