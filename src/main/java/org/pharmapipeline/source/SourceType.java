package org.pharmapipeline.source;

/** What kind of document a source is. */
public enum SourceType {
    PRESS_RELEASE,
    SEC_FILING,
    REGULATOR_RECORD,
    REGISTRY_RECORD,
    PUBLICATION,
    CONFERENCE_ABSTRACT,
    COMPANY_PRESENTATION,
    WEBSITE,
    OTHER
}
