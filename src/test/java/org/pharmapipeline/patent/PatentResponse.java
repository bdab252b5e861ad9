package org.pharmapipeline.patent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/**
 * A patent as the service returns it (without a class-level {@code @Schema}, as {@link
 * PatentRequest}; its optional fields say they may be null, as every response's do).
 */
public record PatentResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        Ref product,
        String patentNumber,
        @Schema(nullable = true) String title,
        PatentOffice office,
        @Schema(nullable = true) LocalDate expiresOn,
        List<CitationDto> citations)
        implements Versioned {

    static PatentResponse of(Patent p) {
        return new PatentResponse(
                p.id,
                p.version,
                p.createdAt,
                p.updatedAt,
                p.createdBy,
                p.updatedBy,
                new Ref(p.product.id, p.product.name),
                p.patentNumber,
                p.title,
                p.office,
                p.expiresOn,
                CitationDto.all(p.citations));
    }
}
