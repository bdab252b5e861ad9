package org.pharmapipeline.indication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** An indication as the service returns it. */
@Schema(
        name = "Indication",
        description = "One product candidate's development in one disease and setting.")
public record IndicationResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000301") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        Ref product,
        @Schema(examples = "Acute myeloid leukemia") String diseaseLabel,
        @Schema(examples = "D015470", nullable = true) String meshId,
        @Schema(examples = "C92.0", nullable = true) String icd10Code,
        @Schema(examples = "EFO_0000222", nullable = true) String efoId,
        @Schema(examples = "Maintenance of first remission", nullable = true) String setting,
        List<String> combinationPartners,
        @Schema(examples = "FILED") Phase phase,
        @Schema(examples = "ACTIVE") DevelopmentStatus developmentStatus,
        List<String> regions,
        @Schema(nullable = true) String notes,
        List<CitationDto> citations)
        implements Versioned {

    static IndicationResponse of(Indication i) {
        return new IndicationResponse(
                i.id,
                i.version,
                i.createdAt,
                i.updatedAt,
                i.createdBy,
                i.updatedBy,
                Ref.of(i.product),
                i.diseaseLabel,
                i.meshId,
                i.icd10Code,
                i.efoId,
                i.setting,
                List.copyOf(i.combinationPartners),
                i.phase,
                i.developmentStatus,
                List.copyOf(i.regions),
                i.notes,
                CitationDto.all(i.citations));
    }
}
