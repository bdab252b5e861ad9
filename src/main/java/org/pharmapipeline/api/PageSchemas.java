package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.okSchema;
import static org.pharmapipeline.api.OpenApiModel.schemaName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** PageResponseCompanyResponse → CompanyPage: names a generated client can live with. */
final class PageSchemas {

    private static final String GENERATED_PREFIX = "PageResponse";

    private PageSchemas() {}

    static void rename(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : new TreeSet<>(schemas.keySet())) {
            if (name.startsWith(GENERATED_PREFIX)) {
                String item = name.substring(GENERATED_PREFIX.length()).replaceAll("Response$", "");
                String target = item + "Page";
                renames.put(name, target);
                openAPI.getComponents().addSchema(target, schemas.get(name));
                openAPI.getComponents().removeSchema(name);
            }
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(
                        item ->
                                item.getOperations()
                                        .values()
                                        .forEach(
                                                operation -> {
                                                    Schema schema = okSchema(operation);
                                                    if (schema != null
                                                            && schema.getRef() != null
                                                            && renames.containsKey(
                                                                    schemaName(schema.getRef()))) {
                                                        schema.setRef(
                                                                OpenApiModel.SCHEMAS
                                                                        + renames.get(
                                                                                schemaName(
                                                                                        schema
                                                                                                .getRef())));
                                                    }
                                                }));
    }
}
