package org.pharmapipeline.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records offered for a search text as it is typed. */
@Schema(name = "SuggestResponse", description = "Records offered for a search box, best first.")
public record SuggestResponse(
        @Schema(description = "At most the requested number, best first.")
                List<Suggestion> items) {}
