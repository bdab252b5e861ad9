package org.pharmapipeline.regulatoryevent;

/** How a regulatory event came out. */
public enum Outcome {
    POSITIVE,
    NEGATIVE,
    PENDING,
    NOT_APPLICABLE
}
