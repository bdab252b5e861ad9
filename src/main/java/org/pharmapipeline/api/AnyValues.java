package org.pharmapipeline.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A property that holds any JSON value (a field's old and new value in a record's history, the
 * record a change left) is a JSON tree in the DTO, which would otherwise be documented as Jackson's
 * JsonNode class: it is documented as what it is, any value, null included.
 */
final class AnyValues {

    private static final String JSON_NODE = OpenApiModel.SCHEMAS + "JsonNode";

    private AnyValues() {}

    static void apply(OpenAPI openAPI) {
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property :
                    Map.copyOf(schema.getProperties()).entrySet()) {
                if (isJsonNode(property.getValue())) {
                    schema.addProperty(
                            property.getKey(),
                            OASFactory.createSchema()
                                    .description(property.getValue().getDescription()));
                }
            }
        }
    }

    private static boolean isJsonNode(Schema property) {
        return JSON_NODE.equals(property.getRef())
                || (property.getAnyOf() != null
                        && property.getAnyOf().stream()
                                .anyMatch(s -> JSON_NODE.equals(s.getRef())));
    }
}
