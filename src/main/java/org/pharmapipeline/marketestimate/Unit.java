package org.pharmapipeline.marketestimate;

/** The unit of a non-monetary figure. */
public enum Unit {
    PATIENTS("patients"),
    NEW_CASES_PER_YEAR("new cases per year"),
    PERCENT("%"),
    WEEKS("weeks"),
    MONTHS("months"),
    YEARS("years");

    public final String label;

    Unit(String label) {
        this.label = label;
    }
}
