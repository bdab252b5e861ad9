package org.pharmapipeline.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters every collection accepts. */
public class PageParams {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more (pages count from 0)")
    @Parameter(description = "Page number, counting from 0.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE + ".", example = "20")
    public int size;

    @QueryParam("sort")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(
            description =
                    "Comma-separated sort fields; a leading '-' sorts descending. The fields each"
                            + " collection accepts are listed in its description. Ties are broken by id, so paging is stable.",
            example = "-date")
    public String sort;

    public PageParams() {}

    public PageParams(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public long offset() {
        return (long) page * size;
    }
}
