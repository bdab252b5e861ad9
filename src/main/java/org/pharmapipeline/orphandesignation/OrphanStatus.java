package org.pharmapipeline.orphandesignation;

/** The state of an orphan designation. */
public enum OrphanStatus {
    DESIGNATED,
    /** Designated, and the product approved for the designated use (FDA: Designated/Approved). */
    APPROVED,
    REFUSED,
    WITHDRAWN,
    EXPIRED,
    REVOKED
}
