package org.pharmapipeline.api;

import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Small reads and writes of the OpenAPI model that the documentation steps share. */
final class OpenApiModel {

    static final String SCHEMAS = "#/components/schemas/";

    private OpenApiModel() {}

    /** A response header of type string. */
    static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** The operation's response with this status, added as a bare "OK" when it has none. */
    static APIResponse success(Operation operation, String status) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description("OK");
            operation.getResponses().addAPIResponse(status, response);
        }
        return response;
    }

    /** The JSON schema of the operation's 200 or 201 answer, or null. */
    static Schema okSchema(Operation operation) {
        for (String status : new String[] {"200", "201"}) {
            APIResponse ok =
                    operation.getResponses() == null
                            ? null
                            : operation.getResponses().getAPIResponse(status);
            if (ok != null
                    && ok.getContent() != null
                    && ok.getContent().getMediaType("application/json") != null) {
                return ok.getContent().getMediaType("application/json").getSchema();
            }
        }
        return null;
    }

    /** The name of the schema the operation answers with ("Company"), or null. */
    static String responseSchemaName(Operation operation) {
        Schema schema = okSchema(operation);
        return schema == null || schema.getRef() == null ? null : schemaName(schema.getRef());
    }

    /** "#/components/schemas/Company" → "Company". */
    static String schemaName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Whether the operation answers with a page of records. */
    static boolean isPage(Operation operation) {
        Schema schema = okSchema(operation);
        return schema != null && schema.getRef() != null && schema.getRef().endsWith("Page");
    }

    static void describeIfNoDescription(Operation operation, String description) {
        if (operation.getDescription() == null) {
            operation.setDescription(description);
        }
    }

    static void appendDescription(Operation operation, String text) {
        String current = operation.getDescription();
        operation.setDescription(current == null ? text : current + " " + text);
    }

    /** "OrphanDesignation" → "orphan designation". */
    static String words(String pascal) {
        return pascal == null
                ? "record"
                : pascal.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** "a" or "an", for a noun. */
    static String article(String noun) {
        return noun != null && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
