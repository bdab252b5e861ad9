package org.pharmapipeline.marketestimate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.indication.IndicationService;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.query.Sorting;

/** Market and epidemiology figures, each kept as stated. */
@ApplicationScoped
public class MarketEstimateService
        extends CrudService<MarketEstimate, MarketEstimateRequest, MarketEstimateResponse> {

    @Inject IndicationService indications;

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
        Violations violations = new Violations();
        check(r, violations);
        IndicationService.ProductAndIndication named =
                indications.resolve(r.productId(), r.indicationId(), violations);
        violations.throwIfAny();
        // A figure of an indication is a figure of its product too.
        m.indication = named.indication();
        m.product =
                named.product() == null && named.indication() != null
                        ? named.indication().product
                        : named.product();
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

    /** The cross-field rules of a figure, each refusal recorded in {@code violations}. */
    static void check(MarketEstimateRequest r, Violations violations) {
        if (r.productId() == null && r.indicationId() == null) {
            violations.reject("productId", "a product or an indication is required");
        }
        if (r.metric().monetary) {
            if (r.currency() == null) {
                violations.reject("currency", "is required for " + r.metric());
            } else if (!isCurrency(r.currency())) {
                violations.reject("currency", "must be an ISO 4217 code such as USD");
            }
            if (r.unit() != null) {
                violations.reject("unit", "must be empty for " + r.metric() + "; use currency");
            }
        } else {
            if (r.unit() == null) {
                violations.reject("unit", "is required for " + r.metric());
            }
            if (r.currency() != null) {
                violations.reject("currency", "must be empty for " + r.metric() + "; use unit");
            }
        }
        if (r.qualifier() == Qualifier.RANGE) {
            if (r.valueHigh() == null || r.valueHigh().compareTo(r.value()) <= 0) {
                violations.reject("valueHigh", "must be greater than value for a RANGE");
            }
        } else if (r.valueHigh() != null) {
            violations.reject("valueHigh", "is only allowed with qualifier RANGE");
        }
        BigDecimal top = r.valueHigh() != null ? r.valueHigh() : r.value();
        if (r.unit() == Unit.PERCENT && top.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.reject(
                    r.valueHigh() != null ? "valueHigh" : "value",
                    "must be at most 100 for PERCENT");
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
