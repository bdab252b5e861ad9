package org.pharmapipeline.query;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging of a collection: by page number, or by cursor (keyset paging) from a previous page's
 * {@code nextCursor}, in the order the client chooses.
 */
public class ListParams extends PageParams {

    @QueryParam("sort")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(
            description =
                    "Comma-separated sort fields; a leading '-' sorts descending. The fields each"
                            + " collection accepts are listed in its description. Ties are broken by"
                            + " id, so paging is stable. Missing values sort after present ones"
                            + " ascending, before them descending.",
            example = "-createdAt")
    public String sort;

    @QueryParam("cursor")
    @Size(max = 2000, message = "must be at most 2000 characters")
    @Parameter(
            description =
                    "Continue after the last record of a previous page: pass that page's"
                            + " nextCursor with the same sort (and filters). Every cursor page"
                            + " costs the same however deep it is; it carries no totals. Not"
                            + " combinable with page; empty means the first page.")
    public String cursor;

    @QueryParam(Fields.PARAMETER)
    @Size(max = 1000, message = "must be at most 1000 characters")
    @Parameter(
            description =
                    "Comma-separated properties each record of the page keeps (the id always);"
                            + " the others are left out. Empty means the whole records.")
    public String fields;
}
