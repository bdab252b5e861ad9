package org.pharmapipeline.productcandidate;

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

/** A product candidate as clients create or replace it. */
@Schema(
        name = "ProductCandidateInput",
        description =
                "A product candidate to create, or the full new state of one."
                        + " Its highest phase is derived from its indications and cannot be set.")
public record ProductCandidateRequest(
        @Schema(
                        description =
                                "Brand or lead name; unique per owner (several companies may develop"
                                        + " products of the same generic name).",
                        examples = "Ceplene")
                @NotBlank
                @Size(max = 300)
                String name,
        @Schema(
                        description = "International non-proprietary (generic) name.",
                        examples = "histamine dihydrochloride")
                @Size(max = 300)
                String inn,
        @Schema(description = "Company research codes.", examples = "[\"EPC 2407\"]")
                @Size(max = 20)
                List<@NotBlank @Size(max = 50) String> researchCodes,
        @Schema(
                        description = "Id of the owning company; omitted when no source names one.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000101")
                UUID ownerId,
        @Size(max = 20) List<@Valid @NotNull PartnerDto> partners,
        @Schema(examples = "SMALL_MOLECULE") @NotNull Modality modality,
        @Schema(
                        examples =
                                "Protects IL-2-activated NK cells and T cells by inhibiting NADPH oxidase in phagocytes")
                @Size(max = 1000)
                String mechanismOfAction,
        @Schema(examples = "[\"Oncology\"]") @Size(max = 20)
                List<@NotBlank @Size(max = 100) String> therapeuticAreas,
        @Schema(examples = "ACTIVE") @NotNull ProductStatus status,
        @Size(max = 2000) String description,
        @Schema(description = "The EMA's number of the medicine.", examples = "EMEA/H/C/000796")
                @Pattern(regexp = "EMEA/H/C/\\d{6}", message = "must look like EMEA/H/C/NNNNNN")
                String emaProductNumber,
        @Schema(
                        description =
                                "WHO ATC code at any level, from the anatomical group to the substance.",
                        examples = "L03AX14")
                @Pattern(
                        regexp = "[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?",
                        message = "must be an ATC code such as L03AX14")
                String atcCode,
        @Schema(
                        description = "Regulatory standing, as the EMA flags it.",
                        examples = "[\"ORPHAN_MEDICINE\", \"EXCEPTIONAL_CIRCUMSTANCES\"]")
                @Size(max = 10)
                List<@NotNull ProductFlag> flags,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
