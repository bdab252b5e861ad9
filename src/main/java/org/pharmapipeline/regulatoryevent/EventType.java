package org.pharmapipeline.regulatoryevent;

/** What happened (or is expected to happen) in a regulatory procedure. */
public enum EventType {
    ORPHAN_DESIGNATION_GRANTED,
    SCIENTIFIC_ADVICE,
    MAA_SUBMITTED,
    MAA_VALIDATED,
    CHMP_LIST_OF_QUESTIONS,
    CHMP_ORAL_EXPLANATION,
    CHMP_TREND_VOTE,
    CHMP_OPINION,
    RE_EXAMINATION_REQUESTED,
    RE_EXAMINATION_OPINION,
    EC_DECISION,
    NDA_SUBMITTED,
    BLA_SUBMITTED,
    PDUFA_DATE,
    ADVISORY_COMMITTEE,
    COMPLETE_RESPONSE_LETTER,
    APPROVAL,
    REFUSAL,
    APPLICATION_WITHDRAWN,
    /** A marketing authorisation withdrawn, expired, revoked or lapsed. */
    AUTHORISATION_WITHDRAWN,
    AUTHORISATION_SUSPENDED,
    OTHER
}
