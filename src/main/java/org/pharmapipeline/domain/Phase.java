package org.pharmapipeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Development phase, in order of progress; UNKNOWN ranks lowest. */
@Schema(
        description =
                "Development phase. PHASE_1_2 and PHASE_2_3 are combined trials; FILED means a marketing"
                        + " application is under review.")
public enum Phase {
    UNKNOWN,
    PRECLINICAL,
    PHASE_1,
    PHASE_1_2,
    PHASE_2,
    PHASE_2_3,
    PHASE_3,
    FILED,
    APPROVED;

    /** The rank stored queries compare; equals the declaration order. */
    public int rank() {
        return ordinal();
    }

    public static Phase ofRank(Integer rank) {
        return rank == null ? UNKNOWN : values()[rank];
    }

    /**
     * The WHEN branches of a SQL CASE over a phase column giving its rank: the one place the order
     * lives in queries. Keep it in step with the declaration order above.
     */
    public static final String RANK_CASE_BRANCHES =
            " when 'PRECLINICAL' then 1 when 'PHASE_1' then 2"
                    + " when 'PHASE_1_2' then 3 when 'PHASE_2' then 4 when 'PHASE_2_3' then 5 when 'PHASE_3' then 6"
                    + " when 'FILED' then 7 when 'APPROVED' then 8 else 0 end";
}
