package org.pharmapipeline.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.collection.RecordKind;

/** One record that matches a search. */
@Schema(name = "SearchHit", description = "A record matching the search text.")
public record SearchHit(
        @Schema(description = "The kind of record.", examples = "PRODUCT_CANDIDATE")
                RecordKind type,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
        @Schema(description = "The record's name or title.", examples = "Ceplene") String title,
        @Schema(
                        description = "Context: INN, product, date or publisher.",
                        examples = "histamine dihydrochloride",
                        nullable = true)
                String subtitle,
        @Schema(
                        description =
                                "Where the words were found: up to 160 characters of the record's"
                                        + " names and texts, each matched word between « and »,"
                                        + " with … where the text was cut.",
                        examples = "«Ceplene» · histamine dihydrochloride · EPC 2407 · Maxamine")
                String snippet,
        @Schema(examples = "/api/v1/product-candidates/3f6c2a7e-0c1d-4a55-9a10-000000000201")
                String href) {}
