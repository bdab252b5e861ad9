package org.pharmapipeline.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details object: the one shape of every error the service returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Problem",
        description =
                "RFC 9457 problem details. Returned with media type application/problem+json"
                        + " for every 4xx and 5xx answer.")
public record Problem(
        @Schema(
                        description = "URI naming the kind of problem.",
                        examples = "urn:pipeline:problem:validation-error",
                        required = true)
                String type,
        @Schema(
                        description = "Short summary of the kind of problem.",
                        examples = "The request is not valid",
                        required = true)
                String title,
        @Schema(description = "HTTP status code.", examples = "400", required = true) int status,
        @Schema(
                        description = "What went wrong in this occurrence, in plain words.",
                        examples = "2 fields of the request are not valid.",
                        required = true)
                String detail,
        @Schema(
                        description = "The request path of this occurrence.",
                        examples = "/api/v1/regulatory-events")
                String instance,
        @Schema(description = "Field-level violations (on 400 and 409).")
                List<Violation> violations) {

    /** One rejected field of a request: a body property path, a query parameter or a header. */
    @Schema(name = "Violation", description = "One rejected input field and why.")
    public record Violation(
            @Schema(
                            description =
                                    "Body property path (citations[0].sourceId), query parameter or header name.",
                            examples = "designationNumber")
                    String field,
            @Schema(
                            description = "Why the value was rejected.",
                            examples = "must look like EU/3/YY/NNN for agency EMA")
                    String message) {}
}
