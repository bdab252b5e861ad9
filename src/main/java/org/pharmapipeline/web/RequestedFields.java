package org.pharmapipeline.web;

import jakarta.enterprise.context.RequestScoped;
import org.pharmapipeline.query.Fields;

/**
 * The sparse fieldset of the current request, checked by the service that knows the record's
 * properties and applied to the answer by {@link SparseFieldsets}.
 */
@RequestScoped
public class RequestedFields {

    private Fields fields;

    public void choose(Fields fields) {
        this.fields = fields;
    }

    public Fields chosen() {
        return fields;
    }
}
