package org.pharmapipeline.orphandesignation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;

/** An orphan designation as clients create or replace it. */
@Schema(
        name = "OrphanDesignationInput",
        description =
                "An orphan designation to create or replace. The number must"
                        + " follow the agency's format, and an EMA number's year must be the designation year.")
public record OrphanDesignationRequest(
        @Schema(examples = "EMA") @NotNull OrphanAgency agency,
        @Schema(description = "The agency's designation number, when known.") @Size(max = 40)
                String designationNumber,
        @Schema(examples = "Treatment of acute myeloid leukemia") @NotBlank @Size(max = 500)
                String designatedCondition,
        @Schema(
                        description =
                                "The product as the designation names it: the FDA's generic name, the"
                                        + " EMA's active substance.",
                        examples = "Histamine")
                @Size(max = 300)
                String designatedProduct,
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") @NotNull UUID productId,
        @Schema(
                        description =
                                "The indication the designation covers, an indication of the same product.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000301")
                UUID indicationId,
        @Schema(
                        description = "The sponsor company.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000101")
                UUID sponsorId,
        @Schema(examples = "2005-04-11") LocalDate designationDate,
        @Schema(examples = "DESIGNATED") @NotNull OrphanStatus status,
        @Schema(
                        description =
                                "The status in the register's own words, when a register states it"
                                        + " (FDA: Designated/Approved/Withdrawn; EMA: Positive, Negative,"
                                        + " Withdrawn, Expired).",
                        examples = "Expired")
                @Size(max = 60)
                String registerStatus,
        @Size(max = 2000) String notes,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
