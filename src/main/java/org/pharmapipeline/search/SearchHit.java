package org.pharmapipeline.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.collection.RecordKind;

/** One record that matches a search. */
@Schema(name = "SearchHit", description = "A record matching the search text.")
public record SearchHit(
        @Schema(examples = "PRODUCT_CANDIDATE") RecordKind type,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
        @Schema(examples = "Ceplene") String title,
        @Schema(
                        description = "Context: INN, product, date or publisher.",
                        examples = "histamine dihydrochloride",
                        nullable = true)
                String subtitle,
        @Schema(examples = "/api/v1/product-candidates/3f6c2a7e-0c1d-4a55-9a10-000000000201")
                String href) {}
