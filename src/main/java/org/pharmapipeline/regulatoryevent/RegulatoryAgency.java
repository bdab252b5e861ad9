package org.pharmapipeline.regulatoryevent;

/** Regulators and their committees. */
public enum RegulatoryAgency {
    EMA,
    CHMP,
    COMP,
    PRAC,
    EC,
    FDA,
    PMDA,
    MHRA,
    HEALTH_CANADA,
    TGA,
    SWISSMEDIC,
    NMPA,
    OTHER
}
