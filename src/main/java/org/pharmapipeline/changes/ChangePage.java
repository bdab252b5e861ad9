package org.pharmapipeline.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and where the next one starts. */
@Schema(name = "ChangePage", description = "Changes in commit order, and where to continue.")
public record ChangePage(
        @Schema(description = "The changes after the cursor asked for, oldest first.")
                List<Change> items,
        @Schema(
                        description =
                                "Pass as after to get the changes committed after this page; the"
                                        + " same cursor as asked for when the page is empty, to ask"
                                        + " again later.",
                        examples = "42")
                String next) {}
