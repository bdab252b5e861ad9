package org.pharmapipeline.alpha;

import org.pharmapipeline.beta.Beta;

/** Half of a package cycle: alpha uses beta, which uses alpha. */
public class Alpha {
    public Beta beta;
}
