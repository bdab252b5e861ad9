package org.pharmapipeline.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed change of a record, with the fields it changed. */
@Schema(
        name = "Revision",
        description =
                "One committed change of a record: the version it made, when, by whom, and the"
                        + " fields it changed with their values before and after.")
public record Revision(
        @Schema(
                        description =
                                "The record's version after the change; for a deletion, the version"
                                        + " deleted.",
                        examples = "1")
                long version,
        @Schema(description = "When the change was made.", examples = "2026-12-02T13:05:00Z")
                Instant time,
        @Schema(
                        description =
                                "Who made it: the token's subject, seed for the bundled dataset,"
                                        + " import:<id> for a bulk import.",
                        examples = "editor@example.org",
                        nullable = true)
                String actor,
        @Schema(examples = "UPDATED") ChangeOperation operation,
        @Schema(
                        description =
                                "The fields the change set, with their values before and after:"
                                        + " every field with a value for a creation, none for a"
                                        + " deletion. The record's id, version, timestamps and"
                                        + " authors are not listed.")
                List<FieldChange> changes) {

    /** A field a change set, with its value before and after (null where it had none). */
    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(examples = "status") String field,
            @Schema(description = "The value before the change; null if it had none.")
                    JsonNode oldValue,
            @Schema(description = "The value after the change; null if it has none.")
                    JsonNode newValue) {}
}
