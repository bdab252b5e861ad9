package org.pharmapipeline.regulatoryevent;

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
import org.pharmapipeline.domain.DatePrecision;

/** A regulatory event as clients create or replace it. */
@Schema(
        name = "RegulatoryEventInput",
        description =
                "A regulatory event to create or replace. A date of MONTH,"
                        + " QUARTER or YEAR precision must be the first day of its period; an expected event has outcome PENDING.")
public record RegulatoryEventRequest(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") @NotNull UUID productId,
        @Schema(
                        description = "An indication of the same product.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000301")
                UUID indicationId,
        @Schema(examples = "CHMP") @NotNull RegulatoryAgency agency,
        @Schema(
                        description = "The procedure the event belongs to.",
                        examples = "EU centralised procedure (MAA)")
                @Size(max = 300)
                String procedure,
        @Schema(examples = "CHMP_TREND_VOTE") @NotNull EventType type,
        @Schema(examples = "NEGATIVE") @NotNull Outcome outcome,
        @Schema(examples = "2008-02-01") @NotNull LocalDate date,
        @Schema(examples = "MONTH") @NotNull DatePrecision datePrecision,
        @Schema(
                        description =
                                "True for an event announced for the future; false when omitted.",
                        examples = "false")
                Boolean expected,
        @Schema(
                        examples =
                                "Non-binding trend vote after the oral explanation: a slight majority of CHMP members not in"
                                        + " favour of a positive opinion.")
                @NotBlank
                @Size(max = 2000)
                String description,
        @Schema(
                        description =
                                "End of the marketing exclusivity an approval brings (orphan"
                                        + " exclusivity); only for an APPROVAL or EC_DECISION.",
                        examples = "2019-12-15")
                LocalDate exclusivityEndDate,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
