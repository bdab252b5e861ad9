package org.pharmapipeline.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.problem.ProblemException;

/** Where a client reads the change feed from, how much, of what, and how long it waits. */
public class ChangeParams {

    public static final int MAX_LIMIT = 1000;

    public static final int MAX_WAIT = 30;

    @QueryParam("after")
    @Size(max = 20, message = "must be a cursor from the feed")
    @Parameter(
            description =
                    "Continue after this cursor: the next of a previous page, the cursor of a"
                            + " change, or the cursor of an export. Empty means from the first"
                            + " change.",
            example = "42")
    public String after;

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(value = 1, message = "must be between 1 and " + MAX_LIMIT)
    @Max(value = MAX_LIMIT, message = "must be between 1 and " + MAX_LIMIT)
    @Parameter(description = "Changes per page, 1 to " + MAX_LIMIT + ".", example = "100")
    public int limit;

    @QueryParam("collection")
    @Size(max = 60, message = "must be the name of a collection")
    @Parameter(
            description = "Only the changes of this collection (its name in the index).",
            example = "regulatory-events")
    public String collection;

    @QueryParam("wait")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_WAIT)
    @Max(value = MAX_WAIT, message = "must be between 0 and " + MAX_WAIT)
    @Parameter(
            description =
                    "When no change follows the cursor, wait up to this many seconds for one"
                            + " before answering (a long poll); 0 answers at once.",
            example = "20")
    public int wait;

    /** The feed position the cursor names: 0, before the first change, when none is given. */
    public long position() {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(after.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("after", "must be a cursor from the feed");
    }
}
