package org.pharmapipeline.search;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.PageParams;

/**
 * Paging of search results: by page number or by cursor, in the one order search has (relevance); a
 * sort is refused with a 400 rather than silently ignored.
 */
public class SearchParams extends PageParams {

    @QueryParam("sort")
    @Parameter(hidden = true)
    public String sort;

    @QueryParam("cursor")
    @Size(max = 2000, message = "must be at most 2000 characters")
    @Parameter(
            description =
                    "Continue after the last hit of a previous page: pass that page's nextCursor"
                            + " with the same q and type. Not combinable with page; empty means"
                            + " the first page.")
    public String cursor;

    public SearchParams requireNoSort() {
        if (sort != null && !sort.isBlank()) {
            throw ProblemException.invalid(
                    "sort", "is not accepted: results are ordered by relevance, then by title");
        }
        return this;
    }
}
