package org.pharmapipeline.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records matching a list's filters, counted by one or more fields. */
@Schema(
        name = "Counts",
        description =
                "How many records matching the filters fall in each bucket of the fields asked"
                        + " for. Every bucket with at least one record is listed; none is cut off.")
public record CountsResponse(
        @Schema(
                        description = "The fields counted by, as asked for.",
                        examples = "[\"agency\", \"type\"]")
                List<String> by,
        @Schema(
                        description =
                                "Records matching the filters: the list's totalItems for the same"
                                        + " filters. The counts add up to it, except over a"
                                        + " multi-valued field, where a record counts once per"
                                        + " value.",
                        examples = "13")
                long totalItems,
        @Schema(description = "The buckets, in the order asked for.") List<CountBucket> buckets) {}
