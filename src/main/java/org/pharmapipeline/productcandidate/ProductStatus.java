package org.pharmapipeline.productcandidate;

/** Whether a product candidate is still being developed. */
public enum ProductStatus {
    ACTIVE,
    SUSPENDED,
    DISCONTINUED
}
