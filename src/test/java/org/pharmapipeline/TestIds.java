package org.pharmapipeline;

/** The stable ids of the bundled Ceplene dataset (src/main/resources/seed/ceplene.json). */
public final class TestIds {

    /** Every id of the bundled dataset starts with this; records created by tests never do. */
    public static final String SEED_PREFIX = "3f6c2a7e-0c1d-4a55-9a10-";

    public static final String SOURCE_2006_MAA_FILING = SEED_PREFIX + "000000000001";
    public static final String SOURCE_2008_TREND_VOTE = SEED_PREFIX + "000000000002";

    public static final String EPICEPT = SEED_PREFIX + "000000000101";
    public static final String MYRIAD = SEED_PREFIX + "000000000102";

    public static final String CEPLENE = SEED_PREFIX + "000000000201";
    public static final String AZIXA = SEED_PREFIX + "000000000202";
    public static final String NP_1 = SEED_PREFIX + "000000000203";
    public static final String EPC_2407 = SEED_PREFIX + "000000000204";

    public static final String AML = SEED_PREFIX + "000000000301";
    public static final String MELANOMA = SEED_PREFIX + "000000000302";

    public static final String EMA_ORPHAN_DESIGNATION = SEED_PREFIX + "000000000401";

    public static final String MAA_SUBMITTED = SEED_PREFIX + "000000000501";
    public static final String CHMP_ORAL_EXPLANATION = SEED_PREFIX + "000000000502";
    public static final String CHMP_TREND_VOTE = SEED_PREFIX + "000000000503";
    public static final String CHMP_OPINION = SEED_PREFIX + "000000000504";

    public static final String MARKET_OPPORTUNITY = SEED_PREFIX + "000000000601";
    public static final String PREVALENCE_2006 = SEED_PREFIX + "000000000602";
    public static final String INCIDENCE_2006 = SEED_PREFIX + "000000000603";
    public static final String PREVALENCE_2008 = SEED_PREFIX + "000000000604";
    public static final String INCIDENCE_2008 = SEED_PREFIX + "000000000605";

    public static final String PHASE_3_AML_TRIAL = SEED_PREFIX + "000000000701";
    public static final String MELANOMA_STUDY_2003 = SEED_PREFIX + "000000000702";

    private TestIds() {}
}
