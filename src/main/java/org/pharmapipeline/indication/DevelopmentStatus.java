package org.pharmapipeline.indication;

/** Whether development in an indication is going on. */
public enum DevelopmentStatus {
    ACTIVE,
    SUSPENDED,
    DISCONTINUED,
    COMPLETED,
    UNKNOWN
}
