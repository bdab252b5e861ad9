package org.pharmapipeline.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.pharmapipeline.problem.ProblemType;
import org.pharmapipeline.query.Sorting;

/**
 * Lists the values of every closed set that Java cannot show SmallRye as an enum type: the problem
 * types, and each collection's sort fields (applied by {@link CollectionDocumentation}, which knows
 * the collections), so clients can generate enums instead of strings. Closed sets a feature owns,
 * such as the fields of a timeline entry, the feature documents itself ({@link ContractPart}).
 */
final class ClosedSets {

    private ClosedSets() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema problemType = schemas.get("Problem").getProperties().get("type");
        problemType.setEnumeration(
                new ArrayList<>(
                        Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList()));
        problemType.setDescription(
                problemType.getDescription()
                        + " One of a closed set; docs/errors.md says what each means.");
        // A bucket of records without a value has null for the field, and for its label.
        for (String map : List.of("values", "labels")) {
            SchemaShapes.nullable(
                    schemas.get("CountBucket")
                            .getProperties()
                            .get(map)
                            .getAdditionalPropertiesSchema());
        }
    }

    /**
     * sort=-date,type is a form-style array that is not exploded: each item a field name, with a
     * leading '-' for descending order.
     */
    static void sortParameter(PathItem item, Sorting sorting) {
        List<Object> values = new ArrayList<>();
        for (String field : sorting.fields()) {
            values.add(field);
            values.add("-" + field);
        }
        commaSeparated(
                item.getGET(),
                "sort",
                values,
                List.of(sorting.defaultSort()),
                "Comma-separated sort fields ("
                        + String.join(", ", sorting.fields())
                        + "); a leading '-' sorts descending. Default: "
                        + sorting.defaultSort()
                        + ". Ties are broken by id, so paging is stable. Missing values sort"
                        + " after present ones ascending, before them descending.");
    }

    /**
     * Makes an operation's parameter a form-style array that is not exploded (by=agency,type), each
     * item one of {@code values}; a parameter the operation does not have is left alone.
     */
    static void commaSeparated(
            Operation operation,
            String name,
            List<Object> values,
            List<Object> example,
            String description) {
        if (operation == null || operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (!parameter.getName().equals(name)) {
                continue;
            }
            parameter.setStyle(Parameter.Style.FORM);
            parameter.setExplode(false);
            parameter.setExample(example);
            parameter.setSchema(
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.ARRAY)
                            .uniqueItems(true)
                            .items(
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .enumeration(values)));
            parameter.setDescription(description);
        }
    }
}
