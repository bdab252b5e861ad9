package org.pharmapipeline.marketestimate;

/** What a figure measures. Money metrics take a currency; the others take a unit. */
public enum Metric {
    MARKET_OPPORTUNITY(true),
    PEAK_SALES(true),
    SALES(true),
    PREVALENCE(false),
    INCIDENCE(false),
    REMISSION_RATE(false),
    RELAPSE_RATE(false),
    LONG_TERM_SURVIVAL_RATE(false),
    MEDIAN_REMISSION_DURATION(false),
    OTHER(false);

    public final boolean monetary;

    Metric(boolean monetary) {
        this.monetary = monetary;
    }
}
