package org.pharmapipeline.clinicaltrial;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trial result as clients send and receive it. */
@Schema(
        name = "TrialResult",
        description = "One reported result: an endpoint in a population, its effect and p-value.")
public record TrialResultDto(
        @Schema(examples = "First complete remission (CR1) subgroup", nullable = true)
                @Size(max = 300)
                String population,
        @Schema(examples = "Leukaemia-free survival") @NotBlank @Size(max = 300) String endpoint,
        @Schema(
                        examples = "55% improvement; absolute improvement of more than 22 weeks",
                        nullable = true)
                @Size(max = 500)
                String effect,
        @Schema(examples = "0.0113", nullable = true)
                @DecimalMin("0")
                @DecimalMax("1")
                @Digits(integer = 1, fraction = 10)
                BigDecimal pValue,
        @Schema(nullable = true) @Size(max = 1000) String description) {

    static TrialResultDto of(TrialResult r) {
        return new TrialResultDto(
                r.population,
                r.endpoint,
                r.effect,
                r.pValue == null ? null : r.pValue.stripTrailingZeros(),
                r.description);
    }

    TrialResult toEntity() {
        TrialResult r = new TrialResult();
        r.population = population;
        r.endpoint = endpoint.strip();
        r.effect = effect;
        r.pValue = pValue;
        r.description = description;
        return r;
    }
}
