package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.okSchema;
import static org.pharmapipeline.api.OpenApiModel.schemaName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.pharmapipeline.query.Fields;

/**
 * The records that a read or list answers with a sparse fieldset ({@code fields=}) require only
 * their id: any other property is left out when the client did not ask for it. Found from the
 * operations that take the parameter, so every collection's record is covered.
 */
final class SparseFieldsetSchemas {

    private SparseFieldsetSchemas() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> records = new LinkedHashSet<>();
        SchemaShapes.forEachOperation(
                openAPI,
                operation -> {
                    boolean takesFields =
                            operation.getParameters() != null
                                    && operation.getParameters().stream()
                                            .anyMatch(p -> Fields.PARAMETER.equals(p.getName()));
                    Schema answer = okSchema(operation);
                    if (!takesFields || answer == null || answer.getRef() == null) {
                        return;
                    }
                    String name = schemaName(answer.getRef());
                    Schema items =
                            OpenApiModel.isPage(operation)
                                    ? schemas.get(name).getProperties().get("items").getItems()
                                    : answer;
                    records.add(schemaName(items.getRef()));
                });
        for (String name : records) {
            Schema record = schemas.get(name);
            if (List.of(Fields.ID).equals(record.getRequired())) {
                continue; // already done
            }
            record.setRequired(new ArrayList<>(List.of(Fields.ID)));
            record.setDescription(
                    record.getDescription()
                            + " Every property is present (null where there is no value) unless"
                            + " the request named some in fields: then only those and the id.");
        }
    }
}
