package org.pharmapipeline.widget;

import org.pharmapipeline.gadget.Gadget;
import org.pharmapipeline.gadget.GadgetResponse;
import org.pharmapipeline.gadget.GadgetService;

/** A feature that may use another's entity and service, but not its response body. */
public class WidgetService {

    GadgetService gadgets;

    public String describe(Gadget gadget) {
        return new GadgetResponse(gadget.id, gadget.name).toString();
    }
}
