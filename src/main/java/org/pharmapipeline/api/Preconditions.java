package org.pharmapipeline.api;

import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.pharmapipeline.api.OpenApiDocumentation.PathOperation;

/**
 * The If-Match header every change must send: required, with the version it is based on, so no
 * update overwrites another (412 when stale, 428 when missing; see {@link ProblemResponses}).
 */
final class Preconditions {

    static final String IF_MATCH = "If-Match";

    private Preconditions() {}

    static void document(PathOperation o) {
        Parameter ifMatch = ifMatch(o);
        if (ifMatch != null) {
            ifMatch.required(true)
                    .description("ETag of the version the change is based on, as returned by GET.")
                    .example("\"0\"");
        }
    }

    /** The operation's If-Match parameter, or null. */
    static Parameter ifMatch(PathOperation o) {
        if (o.operation().getParameters() == null) {
            return null;
        }
        return o.operation().getParameters().stream()
                .filter(p -> IF_MATCH.equals(p.getName()))
                .findFirst()
                .orElse(null);
    }
}
