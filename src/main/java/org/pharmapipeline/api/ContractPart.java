package org.pharmapipeline.api;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A part of the contract that a feature documents itself, because only the feature knows it (the
 * values a view's field takes, say): a bean that {@link CollectionDocumentation} applies when the
 * service starts, after everything else. The shared rooms know no feature; a feature tells them.
 */
public interface ContractPart {

    void document(OpenAPI openAPI);

    /** Lists the values a string takes, or null when it may be missing. */
    static void oneOfOrNull(Schema schema, List<String> values) {
        List<Object> allowed = new ArrayList<>(values);
        allowed.add(null);
        schema.setEnumeration(allowed);
    }
}
