package org.pharmapipeline.timeline;

/** Which kind of record a timeline entry comes from. */
public enum TimelineKind {
    ORPHAN_DESIGNATION,
    REGULATORY_EVENT,
    TRIAL_READOUT,
    MARKET_ESTIMATE
}
