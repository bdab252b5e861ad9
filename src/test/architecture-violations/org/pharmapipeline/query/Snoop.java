package org.pharmapipeline.query;

import org.pharmapipeline.gadget.Gadget;

/** A shared room that knows a feature. */
public class Snoop {
    public Gadget gadget;
}
