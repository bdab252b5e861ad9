package org.pharmapipeline.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.pharmapipeline.collection.CrudResource;

/**
 * Describes each collection's PATCH body as what it is, a JSON Merge Patch (RFC 7396) of the
 * collection's input form: every field optional, null allowed exactly where the field may be
 * cleared. The resource reads the patch as a JSON tree, which would otherwise be documented as
 * Jackson's JsonNode class.
 */
final class MergePatchSchemas {

    private MergePatchSchemas() {}

    static void apply(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation patch = item.getPATCH();
            Operation put = item.getPUT();
            if (patch == null || put == null || put.getRequestBody() == null) {
                continue;
            }
            String input =
                    put.getRequestBody()
                            .getContent()
                            .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                            .getSchema()
                            .getRef();
            String inputName = input.substring(OpenApiModel.SCHEMAS.length());
            String patchName = inputName.replaceAll("Input$", "") + "Patch";
            Schema schema = SchemaShapes.copy(openAPI.getComponents().getSchemas().get(inputName));
            schema.setRequired(null);
            schema.setExamples(null);
            schema.set("example", null);
            schema.setDescription(
                    "A JSON Merge Patch (RFC 7396) of "
                            + inputName
                            + ": send only the fields to change. null clears an optional field;"
                            + " a required field cannot be cleared. Lists are replaced whole.");
            openAPI.getComponents().addSchema(patchName, schema);
            Content content = OASFactory.createContent();
            for (String type :
                    new String[] {
                        CrudResource.MERGE_PATCH_JSON, jakarta.ws.rs.core.MediaType.APPLICATION_JSON
                    }) {
                content.addMediaType(
                        type,
                        OASFactory.createMediaType()
                                .schema(
                                        OASFactory.createSchema()
                                                .ref(OpenApiModel.SCHEMAS + patchName)));
            }
            patch.setRequestBody(
                    OASFactory.createRequestBody()
                            .required(true)
                            .description(
                                    "The fields to change, as application/merge-patch+json"
                                            + " (application/json is read the same way).")
                            .content(content));
        }
        // Jackson's tree class, also seen as an input where a record's history holds any value.
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeInput");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }
}
