package org.pharmapipeline.source;

/** What kind of document a source is. */
public enum SourceType {
    PRESS_RELEASE,
    SEC_FILING,
    REGULATOR_RECORD,
    REGISTRY_RECORD,
    /** A download of a public register (the FDA's orphan designations, the EMA's lists). */
    REGISTER_EXPORT,
    PUBLICATION,
    CONFERENCE_ABSTRACT,
    COMPANY_PRESENTATION,
    WEBSITE,
    OTHER
}
