package org.pharmapipeline.orphandesignation;

/** The state of an orphan designation. */
public enum OrphanStatus {
    DESIGNATED,
    REFUSED,
    WITHDRAWN,
    EXPIRED,
    REVOKED
}
