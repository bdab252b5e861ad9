package org.pharmapipeline.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The version, createdBy and updatedBy every record carries, described once for all of them. (The
 * version is the record's; the index's version, a string, is the API's and keeps its own.)
 */
final class Authors {

    private static final String VERSION = "Optimistic-lock version; also the ETag.";

    private static final Map<String, String> AUTHORS =
            Map.of(
                    "createdBy",
                    "Subject (sub claim) of the token that created the record; seed for the"
                            + " bundled dataset. Read-only: ignored in request bodies.",
                    "updatedBy",
                    "Subject (sub claim) of the token that last changed the record; seed for"
                            + " an unchanged bundled record. Read-only: ignored in request"
                            + " bodies.");

    private Authors() {}

    static void describe(OpenAPI openAPI) {
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            Schema version = schema.getProperties().get("version");
            if (version != null
                    && version.getType() != null
                    && version.getType().contains(Schema.SchemaType.INTEGER)) {
                version.examples(List.of(0)).description(VERSION);
            }
            AUTHORS.forEach(
                    (name, description) -> {
                        Schema property = schema.getProperties().get(name);
                        if (property != null) {
                            property.description(description).examples(List.of("seed"));
                        }
                    });
        }
    }
}
