package org.pharmapipeline.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.collection.RecordKind;

/** A record offered while a search text is typed. */
@Schema(name = "Suggestion", description = "A record whose name, INN or code starts as typed.")
public record Suggestion(
        @Schema(description = "The kind of record.", examples = "PRODUCT_CANDIDATE")
                RecordKind type,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
        @Schema(description = "The record's name or title.", examples = "Ceplene") String title,
        @Schema(
                        description = "Context: INN, product or headquarters.",
                        examples = "histamine dihydrochloride",
                        nullable = true)
                String subtitle,
        @Schema(examples = "/api/v1/product-candidates/3f6c2a7e-0c1d-4a55-9a10-000000000201")
                String href) {}
