package org.pharmapipeline.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.collection.ChangeOperation;

/** One committed change in the feed. */
@Schema(
        name = "Change",
        description =
                "One committed create, update or delete of a record, at its place in the feed.")
public record Change(
        @Schema(
                        description =
                                "This change's place in the feed: pass it as after to continue"
                                        + " after it.",
                        examples = "42")
                String cursor,
        @Schema(description = "The kind of record.", examples = "REGULATORY_EVENT") String kind,
        @Schema(description = "The collection's name.", examples = "regulatory-events")
                String collection,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000503") UUID id,
        @Schema(
                        description =
                                "The record's version after the change; for a deletion, the"
                                        + " version deleted.",
                        examples = "1")
                long version,
        @Schema(examples = "UPDATED") ChangeOperation operation,
        @Schema(description = "When the change was made.", examples = "2026-12-02T13:05:00Z")
                Instant time,
        @Schema(
                        description =
                                "Who made it: the token's subject, seed for the bundled dataset,"
                                        + " import:<id> for a bulk import.",
                        examples = "editor@example.org",
                        nullable = true)
                String actor,
        @Schema(
                        description = "The record's path.",
                        examples = "/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503")
                String href,
        @Schema(
                        description =
                                "The record as the change left it, as GET returned it then; null"
                                        + " for a deletion.",
                        nullable = true)
                JsonNode record) {}
