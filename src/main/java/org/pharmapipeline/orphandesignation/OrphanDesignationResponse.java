package org.pharmapipeline.orphandesignation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** An orphan designation as the service returns it. */
@Schema(
        name = "OrphanDesignation",
        description = "An orphan designation of a product for a condition.")
public record OrphanDesignationResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000401") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(examples = "EMA") OrphanAgency agency,
        @Schema(description = "Region the agency covers.", examples = "EU") String region,
        @Schema(description = "Null when the sources do not state it.", nullable = true)
                String designationNumber,
        @Schema(examples = "Treatment of acute myeloid leukemia") String designatedCondition,
        Ref product,
        @Schema(nullable = true) Ref indication,
        @Schema(nullable = true) Ref sponsor,
        @Schema(examples = "2005-04-11", nullable = true) LocalDate designationDate,
        @Schema(examples = "DESIGNATED") OrphanStatus status,
        @Schema(nullable = true) String notes,
        List<CitationDto> citations)
        implements Versioned {

    static OrphanDesignationResponse of(OrphanDesignation o) {
        return new OrphanDesignationResponse(
                o.id,
                o.version,
                o.createdAt,
                o.updatedAt,
                o.createdBy,
                o.updatedBy,
                o.agency,
                o.region,
                o.designationNumber,
                o.designatedCondition,
                Ref.of(o.product),
                Ref.of(o.indication),
                Ref.of(o.sponsor),
                o.designationDate,
                o.status,
                o.notes,
                CitationDto.all(o.citations));
    }
}
