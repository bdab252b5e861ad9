package org.pharmapipeline.beta;

import org.pharmapipeline.alpha.Alpha;

/** The other half of the cycle. */
public class Beta {
    public Alpha alpha;
}
