package org.pharmapipeline.indication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;
import org.pharmapipeline.domain.Phase;

/** An indication as clients create or replace it. */
@Schema(
        name = "IndicationInput",
        description =
                "One product candidate's development in one disease, to create or" + " replace.")
public record IndicationRequest(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") @NotNull UUID productId,
        @Schema(examples = "Acute myeloid leukemia") @NotBlank @Size(max = 300) String diseaseLabel,
        @Schema(description = "MeSH descriptor id.", examples = "D015470")
                @Pattern(
                        regexp = "D\\d{6,9}",
                        message = "must be a MeSH descriptor id such as D015470")
                String meshId,
        @Schema(description = "ICD-10 code.", examples = "C92.0")
                @Pattern(
                        regexp = "[A-Z]\\d{2}(\\.\\d{1,2})?",
                        message = "must be an ICD-10 code such as C92.0")
                String icd10Code,
        @Schema(description = "Experimental Factor Ontology id.", examples = "EFO_0000222")
                @Pattern(
                        regexp = "(EFO|MONDO|Orphanet|HP|DOID)_\\d+",
                        message = "must be an ontology id such as EFO_0000222")
                String efoId,
        @Schema(
                        description = "Population or line of therapy.",
                        examples = "Maintenance of first remission")
                @Size(max = 500)
                String setting,
        @Schema(
                        description = "What the candidate is given with.",
                        examples = "[\"Low-dose interleukin-2 (IL-2)\"]")
                @Size(max = 10)
                List<@NotBlank @Size(max = 200) String> combinationPartners,
        @Schema(examples = "FILED") @NotNull Phase phase,
        @Schema(examples = "ACTIVE") @NotNull DevelopmentStatus developmentStatus,
        @Schema(description = "ISO 3166-1 alpha-2 countries, or EU or WW.", examples = "[\"EU\"]")
                @Size(max = 60)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "[A-Z]{2}|EU|WW",
                                        message =
                                                "must be an ISO 3166-1 alpha-2" + " code, EU or WW")
                                String>
                        regions,
        @Size(max = 2000) String notes,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
