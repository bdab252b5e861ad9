package org.pharmapipeline.clinicaltrial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** A clinical trial as the service returns it. */
@Schema(
        name = "ClinicalTrial",
        description = "A clinical trial of a product, with its design and results.")
public record ClinicalTrialResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000701") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        Ref product,
        @Schema(nullable = true) Ref indication,
        @Schema(
                        examples =
                                "Phase III trial of Ceplene plus low-dose IL-2 as remission maintenance in AML")
                String title,
        @Schema(nullable = true) String registryId,
        @Schema(examples = "PHASE_3") Phase phase,
        @Schema(examples = "COMPLETED") TrialStatus status,
        @Schema(nullable = true) String design,
        @Schema(examples = "320", nullable = true) Integer enrollment,
        @Schema(examples = "11", nullable = true) Integer countryCount,
        List<String> countries,
        @Schema(examples = "Leukaemia-free survival", nullable = true) String primaryEndpoint,
        @Schema(examples = "true", nullable = true) Boolean primaryEndpointMet,
        @Schema(examples = "2006-07-01", nullable = true) LocalDate readoutDate,
        @Schema(examples = "DAY", nullable = true) DatePrecision readoutPrecision,
        List<TrialResultDto> results,
        @Schema(examples = "Blood 108(1), 1 July 2006", nullable = true) String publication,
        @Schema(nullable = true) String leadInvestigator,
        List<CitationDto> citations)
        implements Versioned {

    static ClinicalTrialResponse of(ClinicalTrial t) {
        return new ClinicalTrialResponse(
                t.id,
                t.version,
                t.createdAt,
                t.updatedAt,
                t.createdBy,
                t.updatedBy,
                Ref.of(t.product),
                Ref.of(t.indication),
                t.title,
                t.registryId,
                t.phase,
                t.status,
                t.design,
                t.enrollment,
                t.countryCount,
                List.copyOf(t.countries),
                t.primaryEndpoint,
                t.primaryEndpointMet,
                t.readoutDate,
                t.readoutPrecision,
                t.results.stream().map(TrialResultDto::of).toList(),
                t.publication,
                t.leadInvestigator,
                CitationDto.all(t.citations));
    }
}
