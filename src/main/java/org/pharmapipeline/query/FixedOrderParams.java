package org.pharmapipeline.query;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.problem.ProblemException;

/**
 * Paging of an answer whose order is fixed (search results, a source's citations): sort and cursor
 * are refused with a 400 rather than silently ignored.
 */
public class FixedOrderParams extends PageParams {

    @QueryParam("sort")
    @Parameter(hidden = true)
    public String sort;

    @QueryParam("cursor")
    @Parameter(hidden = true)
    public String cursor;

    /**
     * @param order how the answer is ordered, for the message ("by kind and title")
     */
    public FixedOrderParams requireFixedOrder(String order) {
        if (sort != null && !sort.isBlank()) {
            throw ProblemException.invalid("sort", "is not accepted: results are ordered " + order);
        }
        if (cursor != null && !cursor.isBlank()) {
            throw ProblemException.invalid(
                    "cursor", "is not accepted: these results page by page number only");
        }
        return this;
    }
}
