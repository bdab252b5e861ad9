package org.pharmapipeline.marketestimate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** A market estimate as the service returns it. */
@Schema(
        name = "MarketEstimate",
        description = "A market or epidemiology figure as one source stated it on one date.")
public record MarketEstimateResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000601") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        Ref product,
        @Schema(nullable = true) Ref indication,
        @Schema(examples = "MARKET_OPPORTUNITY") Metric metric,
        @Schema(examples = "EU") String region,
        @Schema(examples = "300000000") BigDecimal value,
        @Schema(nullable = true) BigDecimal valueHigh,
        @Schema(examples = "GT") Qualifier qualifier,
        @Schema(examples = "USD", nullable = true) String currency,
        @Schema(nullable = true) Unit unit,
        @Schema(examples = "ANNUAL") EstimatePeriod period,
        @Schema(examples = "2006-10-09") LocalDate statedOn,
        @Schema(nullable = true) String basis,
        @Schema(
                        description = "The figure in words, as a table would show it.",
                        examples = "> USD 300,000,000 per year")
                String display,
        List<CitationDto> citations)
        implements Versioned {

    static MarketEstimateResponse of(MarketEstimate m) {
        return new MarketEstimateResponse(
                m.id,
                m.version,
                m.createdAt,
                m.updatedAt,
                m.createdBy,
                m.updatedBy,
                Ref.of(m.product),
                Ref.of(m.indication),
                m.metric,
                m.region,
                m.value.stripTrailingZeros(),
                m.valueHigh == null ? null : m.valueHigh.stripTrailingZeros(),
                m.qualifier,
                m.currency,
                m.unit,
                m.period,
                m.statedOn,
                m.basis,
                m.display(),
                CitationDto.all(m.citations));
    }
}
