package org.pharmapipeline.marketestimate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;

/** A market estimate as clients create or replace it. */
@Schema(
        name = "MarketEstimateInput",
        description =
                "A figure as one source stated it on one date. It needs a product"
                        + " or an indication; money metrics need a currency and no unit, other metrics a unit and no currency; RANGE"
                        + " needs valueHigh above value, and only RANGE takes valueHigh.")
public record MarketEstimateRequest(
        @Schema(
                        description =
                                "Product the figure is about; taken from the indication when omitted.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201")
                UUID productId,
        @Schema(
                        description = "Indication the figure is about.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000301")
                UUID indicationId,
        @Schema(examples = "MARKET_OPPORTUNITY") @NotNull Metric metric,
        @Schema(description = "ISO 3166-1 alpha-2 country, EU or WW.", examples = "EU")
                @NotNull
                @Pattern(
                        regexp = "[A-Z]{2}|EU|WW",
                        message = "must be an ISO 3166-1 alpha-2 code, EU or WW")
                String region,
        @Schema(description = "The figure (the lower bound for RANGE).", examples = "300000000")
                @NotNull
                @PositiveOrZero
                @Digits(integer = 16, fraction = 4)
                BigDecimal value,
        @Schema(description = "Upper bound, for RANGE only.", examples = "80")
                @PositiveOrZero
                @Digits(integer = 16, fraction = 4)
                BigDecimal valueHigh,
        @Schema(examples = "GT") @NotNull Qualifier qualifier,
        @Schema(description = "ISO 4217 currency, for money metrics.", examples = "USD")
                String currency,
        @Schema(description = "Unit, for non-money metrics.", examples = "PATIENTS") Unit unit,
        @Schema(examples = "ANNUAL") @NotNull EstimatePeriod period,
        @Schema(description = "When the source stated the figure.", examples = "2006-10-09")
                @NotNull
                LocalDate statedOn,
        @Schema(
                        description = "Assumptions the source gave.",
                        examples =
                                "At a comparable cost of therapy relative to other cancer treatments; for this use alone")
                @Size(max = 1000)
                String basis,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
