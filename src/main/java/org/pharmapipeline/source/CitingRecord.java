package org.pharmapipeline.source;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.collection.RecordKind;

/** A record that cites a source, with the words it cites. */
@Schema(
        name = "CitingRecord",
        description = "A record that cites the source, with the quote and where it stands.")
public record CitingRecord(
        @Schema(examples = "REGULATORY_EVENT") RecordKind kind,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000503") UUID id,
        @Schema(description = "The record's display title.", nullable = true) String title,
        @Schema(
                        examples =
                                "A non-binding trend vote taken after the Oral Explanation indicated that a slight majority"
                                        + " of the votes by CHMP members was not in favor of recommending a positive opinion.")
                String quote,
        @Schema(examples = "paragraph 2", nullable = true) String locator,
        @Schema(examples = "/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503")
                String href) {}
