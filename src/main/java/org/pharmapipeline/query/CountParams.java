package org.pharmapipeline.query;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a count groups by and how its buckets are ordered. */
public class CountParams {

    /** At most this many fields in one count: a chart has two axes and a series. */
    public static final int MAX_FIELDS = 3;

    @QueryParam("by")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(
            required = true,
            description =
                    "Comma-separated fields to count by, one to "
                            + MAX_FIELDS
                            + "; a date field takes a unit: date:year, date:quarter or"
                            + " date:month. The fields each collection accepts are listed here.",
            example = "agency")
    public String by;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Order of the buckets: by their values (the default; phases and other closed"
                            + " sets in their own order, dates in time, missing values last), or"
                            + " -count for the largest first (ties by value).",
            example = "-count")
    public String sort;
}
