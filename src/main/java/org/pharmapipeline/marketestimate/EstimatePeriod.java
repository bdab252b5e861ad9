package org.pharmapipeline.marketestimate;

/** The time a figure covers. */
public enum EstimatePeriod {
    ANNUAL,
    CUMULATIVE,
    POINT_IN_TIME,
    UNSPECIFIED
}
