package org.pharmapipeline.productcandidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regulatory standing of a medicine, as the EMA's medicines report flags it. */
@Schema(
        description =
                "Regulatory standing: an orphan medicine, authorised conditionally or under"
                        + " exceptional circumstances, assessed under accelerated assessment, a PRIME"
                        + " priority medicine, a generic or a biosimilar.")
public enum ProductFlag {
    ORPHAN_MEDICINE,
    CONDITIONAL_APPROVAL,
    EXCEPTIONAL_CIRCUMSTANCES,
    ACCELERATED_ASSESSMENT,
    PRIME,
    GENERIC,
    BIOSIMILAR
}
