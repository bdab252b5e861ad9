package org.pharmapipeline.search;

/** The kinds of records search looks through, in the order results list them. */
public enum SearchType {
    PRODUCT_CANDIDATE,
    COMPANY,
    INDICATION,
    ORPHAN_DESIGNATION,
    REGULATORY_EVENT,
    CLINICAL_TRIAL,
    SOURCE
}
