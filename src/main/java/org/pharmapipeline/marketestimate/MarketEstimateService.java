package org.pharmapipeline.marketestimate;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.Sorting;

/** Market and epidemiology figures, each kept as stated. */
@ApplicationScoped
public class MarketEstimateService
        extends CrudService<MarketEstimate, MarketEstimateRequest, MarketEstimateResponse> {

    public MarketEstimateService() {
        super(
                MarketEstimates.COLLECTION,
                MarketEstimate::new,
                MarketEstimateResponse::of,
                Sorting.by("-statedOn")
                        .field("statedOn", "e.statedOn", LocalDate.class)
                        .field("value", "e.value", BigDecimal.class)
                        .field("metric", "e.metric", Metric.class)
                        .field("region", "e.region", String.class));
    }

    @Override
    protected void apply(MarketEstimateRequest r, MarketEstimate m) {
        check(r);
        m.indication = reference(Indication.class, r.indicationId(), "indicationId");
        m.product =
                r.productId() == null && m.indication != null
                        ? m.indication.product
                        : reference(ProductCandidate.class, r.productId(), "productId");
        Indication.requireOf(m.indication, m.product, "indicationId");
        m.metric = r.metric();
        m.region = r.region();
        m.value = stored(r.value());
        m.valueHigh = stored(r.valueHigh());
        m.qualifier = r.qualifier();
        m.currency = r.currency();
        m.unit = r.unit();
        m.period = r.period();
        m.statedOn = r.statedOn();
        m.basis = r.basis();
    }

    /** The cross-field rules of a figure, all reported at once. */
    static void check(MarketEstimateRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (r.productId() == null && r.indicationId() == null) {
            violations.add(
                    new Problem.Violation("productId", "a product or an indication is required"));
        }
        if (r.metric().monetary) {
            if (r.currency() == null) {
                violations.add(new Problem.Violation("currency", "is required for " + r.metric()));
            } else if (!isCurrency(r.currency())) {
                violations.add(
                        new Problem.Violation("currency", "must be an ISO 4217 code such as USD"));
            }
            if (r.unit() != null) {
                violations.add(
                        new Problem.Violation(
                                "unit", "must be empty for " + r.metric() + "; use currency"));
            }
        } else {
            if (r.unit() == null) {
                violations.add(new Problem.Violation("unit", "is required for " + r.metric()));
            }
            if (r.currency() != null) {
                violations.add(
                        new Problem.Violation(
                                "currency", "must be empty for " + r.metric() + "; use unit"));
            }
        }
        if (r.qualifier() == Qualifier.RANGE) {
            if (r.valueHigh() == null || r.valueHigh().compareTo(r.value()) <= 0) {
                violations.add(
                        new Problem.Violation(
                                "valueHigh", "must be greater than value for a RANGE"));
            }
        } else if (r.valueHigh() != null) {
            violations.add(
                    new Problem.Violation("valueHigh", "is only allowed with qualifier RANGE"));
        }
        BigDecimal top = r.valueHigh() != null ? r.valueHigh() : r.value();
        if (r.unit() == Unit.PERCENT && top.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(
                    new Problem.Violation(
                            r.valueHigh() != null ? "valueHigh" : "value",
                            "must be at most 100 for PERCENT"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** At the column's scale, so that re-sending a stored figure is not taken for a change. */
    private static BigDecimal stored(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.UNNECESSARY);
    }

    private static boolean isCurrency(String code) {
        try {
            return code.equals(Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
