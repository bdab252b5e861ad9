package org.pharmapipeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;

/**
 * The API's entry point. It is built once, from the collection registry, and touches no database:
 * besides telling clients where everything is, it is the cheapest request the service answers, the
 * ceiling the benchmark compares every other endpoint with.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "Where the collections and views of the API are.")
public class ApiIndexResource {

    static final String BASE = CollectionDefinition.API;

    /** The read-only views, which derive their answers from the collections. */
    private static final List<ApiIndex.Link> VIEWS =
            List.of(
                    view("pipeline", BASE + "pipeline", "Candidates grouped by highest phase."),
                    view(
                            "search",
                            BASE + "search{?q}",
                            "Records of every kind whose names, codes or descriptions"
                                    + " contain a text."),
                    view(
                            "timeline",
                            BASE + "product-candidates/{id}/timeline",
                            "A product's dated records in one ordered timeline."),
                    view(
                            "citations",
                            BASE + "sources/{id}/citations",
                            "The records that cite a source document."),
                    view(
                            "changes",
                            BASE + "changes",
                            "Every committed create, update and delete, in commit order."));

    private final ApiIndex index;

    @Inject
    public ApiIndexResource(CollectionRegistry collections) {
        this.index = index(collections);
    }

    @GET
    @Operation(
            operationId = "getApiIndex",
            summary = "List the collections and views of the API",
            description =
                    "The entry point: every collection and view with its path, and the OpenAPI"
                            + " document's. Constant for a given version of the service.")
    public ApiIndex index() {
        return index;
    }

    /** The index of the registered collections and the views. */
    static ApiIndex index(CollectionRegistry collections) {
        return new ApiIndex(
                "Pharma Pipeline Data API",
                "1.0.0",
                "/q/openapi",
                collections.all().stream()
                        .map(c -> new ApiIndex.Link(c.name(), c.path(), false, c.description()))
                        .toList(),
                VIEWS);
    }

    private static ApiIndex.Link view(String name, String href, String description) {
        return new ApiIndex.Link(name, href, href.contains("{"), description);
    }
}
