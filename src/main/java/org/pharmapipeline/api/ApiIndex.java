package org.pharmapipeline.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API offers: its collections and views, each with the path that serves it. */
@Schema(
        name = "ApiIndex",
        description =
                "The entry point of the API: every collection and view with its path, and where the"
                        + " OpenAPI document is.")
public record ApiIndex(
        @Schema(examples = "Pharma Pipeline Data API") String title,
        @Schema(examples = "1.0.0") String version,
        @Schema(
                        description = "The OpenAPI document describing every operation.",
                        examples = "/q/openapi")
                String openapi,
        @Schema(description = "The collections; each is listed, read, created and changed alike.")
                List<Link> collections,
        @Schema(description = "Read-only views derived from the collections.") List<Link> views) {

    /** One collection or view. */
    @Schema(name = "ApiIndexLink")
    public record Link(
            @Schema(examples = "regulatory-events") String name,
            @Schema(
                            description =
                                    "Path on this server; an RFC 6570 template when it has"
                                            + " parameters in braces.",
                            examples = "/api/v1/regulatory-events")
                    String href,
            @Schema(description = "Whether href is a template to fill in.", examples = "false")
                    boolean templated,
            @Schema(examples = "Submissions, opinions, votes and decisions, past and expected.")
                    String description) {}
}
