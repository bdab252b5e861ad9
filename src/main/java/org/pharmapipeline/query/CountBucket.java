package org.pharmapipeline.query;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One combination of values and how many records have it. */
@Schema(name = "CountBucket", description = "One combination of values, and its records.")
public record CountBucket(
        @Schema(
                        description =
                                "The bucket's value of each field counted by, keyed by the"
                                        + " field's name: an enum constant, true or false, a text,"
                                        + " a record id, or a date bucket (2008, 2008-Q1,"
                                        + " 2008-03); null for records without a value.",
                        examples = "{\"agency\": \"CHMP\", \"type\": \"CHMP_OPINION\"}")
                Map<String, String> values,
        @Schema(
                        description =
                                "For fields that refer to another record (owner, product,"
                                        + " sponsor...), that record's name, keyed by the field's"
                                        + " name; empty when no such field is counted.",
                        examples = "{}")
                Map<String, String> labels,
        @Schema(description = "Records in the bucket.", examples = "2") long count) {}
