package org.pharmapipeline.clinicaltrial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One reported result of a trial: an endpoint in a population, its effect and p-value. */
@Embeddable
public class TrialResult {

    @Column(length = 300)
    public String population;

    @Column(nullable = false, length = 300)
    public String endpoint;

    @Column(length = 500)
    public String effect;

    @Column(name = "p_value", precision = 12, scale = 10)
    public BigDecimal pValue;

    @Column(length = 1000)
    public String description;

    @Override
    public boolean equals(Object o) {
        return o instanceof TrialResult r
                && Objects.equals(population, r.population)
                && Objects.equals(endpoint, r.endpoint)
                && Objects.equals(effect, r.effect)
                && (pValue == null
                        ? r.pValue == null
                        : r.pValue != null && pValue.compareTo(r.pValue) == 0)
                && Objects.equals(description, r.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                population,
                endpoint,
                effect,
                pValue == null ? null : pValue.stripTrailingZeros(),
                description);
    }
}
