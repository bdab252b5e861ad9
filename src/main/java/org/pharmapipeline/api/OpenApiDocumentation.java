package org.pharmapipeline.api;

import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Completes the generated contract, at build time, with what every operation shares, written once
 * instead of on each resource method. Each concern has its own class, applied in this order:
 *
 * <ol>
 *   <li>{@link ProblemResponses}: the problem answers, documented once under components/responses
 *       with examples, and on each operation the ones it can give;
 *   <li>{@link PageSchemas}: page schemas named after what they hold;
 *   <li>{@link OperationNames}: operation ids, summaries and descriptions of the shared create,
 *       read, replace, patch and delete operations;
 *   <li>{@link SuccessResponses}: ETag, Location, Link and X-Total-Count headers, 201 and 304;
 *   <li>{@link Preconditions}: the required If-Match header;
 *   <li>{@link Access}: who may call each operation;
 *   <li>{@link Authors}: the createdBy and updatedBy every record carries;
 *   <li>{@link SchemaShapes}: required and nullable properties as bodies really hold them, input
 *       twins of schemas used both ways, no multipleOf;
 *   <li>{@link SparseFieldsetSchemas}: records that may be answered in part require only the id;
 *   <li>{@link MergePatchSchemas}: each collection's merge-patch body;
 *   <li>{@link ClosedSets}: enums that Java types cannot show (problem types, timeline entry
 *       fields).
 * </ol>
 *
 * The order is part of the contract: the document lists responses and properties in the order they
 * were added. What comes from the collection registry (tags, record kinds, examples, sort fields)
 * is added when the service starts, by {@link CollectionDocumentation}.
 */
public class OpenApiDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.addComponents(openAPI);
        PageSchemas.rename(openAPI);
        forEachOperation(openAPI, OperationNames::document);
        forEachOperation(openAPI, SuccessResponses::document);
        forEachOperation(openAPI, Preconditions::document);
        forEachOperation(openAPI, ProblemResponses::document);
        forEachOperation(openAPI, Access::document);
        Authors.describe(openAPI);
        SchemaShapes.apply(openAPI);
        SparseFieldsetSchemas.apply(openAPI);
        AnyValues.apply(openAPI);
        MergePatchSchemas.apply(openAPI);
        ClosedSets.apply(openAPI);
    }

    /** An operation and the path it serves. */
    record PathOperation(String path, PathItem.HttpMethod method, Operation operation) {

        /** An operation on one record: /api/v1/companies/{id}. */
        boolean onRecord() {
            return path.endsWith("{id}");
        }
    }

    private static void forEachOperation(OpenAPI openAPI, Consumer<PathOperation> step) {
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach(
                                                (method, operation) ->
                                                        step.accept(
                                                                new PathOperation(
                                                                        path, method, operation))));
    }
}
