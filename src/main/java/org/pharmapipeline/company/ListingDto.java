package org.pharmapipeline.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stock listing as clients send and receive it. */
@Schema(name = "Listing", description = "Where a company's shares trade.")
public record ListingDto(
        @Schema(description = "Exchange name as the company states it.", examples = "NASDAQ")
                @NotBlank
                @Size(max = 100)
                String exchange,
        @Schema(
                        description = "ISO 10383 market identifier code, when known.",
                        examples = "XNAS",
                        nullable = true)
                @Pattern(regexp = "[A-Z0-9]{4}", message = "must be a 4-character ISO 10383 MIC")
                String mic,
        @Schema(description = "Ticker symbol.", examples = "EPCT") @NotBlank @Size(max = 20)
                String ticker) {

    static ListingDto of(Listing l) {
        return new ListingDto(l.exchange, l.mic, l.ticker);
    }

    Listing toEntity() {
        Listing l = new Listing();
        l.exchange = exchange.strip();
        l.mic = mic;
        l.ticker = ticker.strip();
        return l;
    }
}
