package org.pharmapipeline.timeline;

import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.marketestimate.MarketEstimate;

/** A figure, on the day a source stated it. */
final class EstimateEntries extends TimelineEntries<MarketEstimate> {

    EstimateEntries() {
        super(TimelineKind.MARKET_ESTIMATE, MarketEstimate.class, null);
    }

    @Override
    TimelineEntry entry(MarketEstimate m, String href) {
        return entry(
                m,
                href,
                m.statedOn,
                DatePrecision.DAY,
                false,
                m.metric.name(),
                words(m.metric.name()) + " (" + m.region + "): " + m.display(),
                m.basis,
                null,
                null);
    }
}
