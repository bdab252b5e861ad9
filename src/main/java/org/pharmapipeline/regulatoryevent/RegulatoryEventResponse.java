package org.pharmapipeline.regulatoryevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** A regulatory event as the service returns it. */
@Schema(
        name = "RegulatoryEvent",
        description = "Something a regulator did, or is expected to do, about a product.")
public record RegulatoryEventResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000503") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        Ref product,
        @Schema(nullable = true) Ref indication,
        @Schema(examples = "CHMP") RegulatoryAgency agency,
        @Schema(examples = "EU centralised procedure (MAA)", nullable = true) String procedure,
        @Schema(examples = "CHMP_TREND_VOTE") EventType type,
        @Schema(examples = "NEGATIVE") Outcome outcome,
        @Schema(examples = "2008-02-01") LocalDate date,
        @Schema(examples = "MONTH") DatePrecision datePrecision,
        @Schema(description = "The date as written at its precision.", examples = "2008-02")
                String dateLabel,
        @Schema(examples = "false") boolean expected,
        String description,
        List<CitationDto> citations)
        implements Versioned {

    static RegulatoryEventResponse of(RegulatoryEvent e) {
        return new RegulatoryEventResponse(
                e.id,
                e.version,
                e.createdAt,
                e.updatedAt,
                e.createdBy,
                e.updatedBy,
                Ref.of(e.product),
                Ref.of(e.indication),
                e.agency,
                e.procedure,
                e.type,
                e.outcome,
                e.date,
                e.datePrecision,
                e.datePrecision.label(e.date),
                e.expected,
                e.description,
                CitationDto.all(e.citations));
    }
}
