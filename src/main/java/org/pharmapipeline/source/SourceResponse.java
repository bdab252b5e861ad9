package org.pharmapipeline.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.Versioned;

/** A source document as the service returns it. */
@Schema(name = "Source", description = "A document that states facts; citations point at it.")
public record SourceResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000001") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(examples = "PRESS_RELEASE") SourceType type,
        @Schema(examples = "EpiCept Files for Marketing Approval of Ceplene(TM) in European Union")
                String title,
        @Schema(examples = "EpiCept Corporation", nullable = true) String publisher,
        @Schema(examples = "2006-10-09", nullable = true) LocalDate publishedOn,
        @Schema(nullable = true) String url,
        @Schema(examples = "Form 8-K, Exhibit 99.1", nullable = true) String reference,
        @Schema(nullable = true) String contentHash)
        implements Versioned {

    static SourceResponse of(SourceDocument s) {
        return new SourceResponse(
                s.id,
                s.version,
                s.createdAt,
                s.updatedAt,
                s.createdBy,
                s.updatedBy,
                s.type,
                s.title,
                s.publisher,
                s.publishedOn,
                s.url,
                s.reference,
                s.contentHash);
    }
}
