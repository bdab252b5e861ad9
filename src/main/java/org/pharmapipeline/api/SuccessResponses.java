package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.header;
import static org.pharmapipeline.api.OpenApiModel.isPage;
import static org.pharmapipeline.api.OpenApiModel.responseSchemaName;
import static org.pharmapipeline.api.OpenApiModel.success;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.pharmapipeline.api.OpenApiDocumentation.PathOperation;
import org.pharmapipeline.web.Http;

/**
 * The answers of the shared operations when they succeed: a record with its ETag (and 304 when the
 * client has it already), a page with its Link and X-Total-Count headers, 201 with Location for a
 * new record, the new ETag after a change.
 */
final class SuccessResponses {

    private static final String VERSION = "The record's version.";
    private static final String NEW_VERSION = "The record's new version.";

    private SuccessResponses() {}

    /** A header the answer always carries, so generated clients need not check for it. */
    private static Header required(Header header) {
        return header.required(true);
    }

    static void document(PathOperation o) {
        Operation operation = o.operation();
        switch (o.method()) {
            case GET -> {
                if (o.onRecord() && responseSchemaName(operation) != null) {
                    success(operation, "200").addHeader("ETag", required(header(VERSION)));
                    operation
                            .getResponses()
                            .addAPIResponse(
                                    "304",
                                    OASFactory.createAPIResponse()
                                            .description(
                                                    "Not modified: If-None-Match named the current version.")
                                            .addHeader("ETag", required(header(VERSION))));
                } else if (isPage(operation)) {
                    success(operation, "200")
                            .addHeader(
                                    Http.TOTAL_COUNT,
                                    header(
                                                    "Records matching the filters, over all pages;"
                                                            + " absent on a page asked for by cursor"
                                                            + " and when more than 10,000 match"
                                                            + " (totalItemsExact false).")
                                            .schema(
                                                    OASFactory.createSchema()
                                                            .addType(Schema.SchemaType.INTEGER)
                                                            .minimum(BigDecimal.ZERO)))
                            .addHeader(
                                    "Link",
                                    header(
                                            "RFC 8288 links: first; next (by cursor where the"
                                                    + " list has one); prev on a page asked for by"
                                                    + " number, and last when its total is exact."));
                }
            }
            case POST -> {
                if (operation.getResponses().hasAPIResponse("202")) {
                    // Accepted for processing (an import): the operation documents its answer.
                    return;
                }
                APIResponse created = operation.getResponses().getAPIResponse("200");
                operation.getResponses().removeAPIResponse("200");
                operation.getResponses().removeAPIResponse("201");
                operation
                        .getResponses()
                        .addAPIResponse(
                                "201",
                                created.description("Created.")
                                        .addHeader(
                                                "Location",
                                                required(header("URL of the new record.")))
                                        .addHeader("ETag", required(header(VERSION))));
            }
            case PUT, PATCH ->
                    success(operation, "200").addHeader("ETag", required(header(NEW_VERSION)));
            default -> {}
        }
    }
}
