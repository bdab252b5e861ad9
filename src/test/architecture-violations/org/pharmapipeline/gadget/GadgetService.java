package org.pharmapipeline.gadget;

import jakarta.transaction.Transactional;

/** A service may open transactions. */
public class GadgetService {

    @Transactional
    public Gadget rename(Gadget gadget, String name) {
        gadget.name = name;
        return gadget;
    }
}
