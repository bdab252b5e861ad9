package org.pharmapipeline.clinicaltrial;

/** Recruitment status, in ClinicalTrials.gov's terms. */
public enum TrialStatus {
    NOT_YET_RECRUITING,
    RECRUITING,
    ACTIVE_NOT_RECRUITING,
    COMPLETED,
    SUSPENDED,
    TERMINATED,
    WITHDRAWN,
    UNKNOWN
}
