package org.pharmapipeline.marketestimate;

/** How a stated figure relates to the value: "could exceed $300 million" is GT 300000000. */
public enum Qualifier {
    EQ("="),
    APPROX("≈"),
    GT(">"),
    GTE("≥"),
    LT("<"),
    LTE("≤"),
    RANGE("–");

    public final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }
}
