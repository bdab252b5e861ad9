package org.pharmapipeline.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's entry point. It is constant, built once, and touches no database: besides telling
 * clients where everything is, it is the cheapest request the service answers, the ceiling the
 * benchmark compares every other endpoint with.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "Where the collections and views of the API are.")
public class ApiIndexResource {

    static final String BASE = "/api/v1/";

    /** The index, built once. */
    public static final ApiIndex INDEX =
            new ApiIndex(
                    "Pharma Pipeline Data API",
                    "1.0.0",
                    "/q/openapi",
                    List.of(
                            collection(
                                    "sources",
                                    "Source documents: press releases, filings, registry"
                                            + " records; every citation points at one."),
                            collection(
                                    "companies",
                                    "Companies that own or partner on product candidates."),
                            collection(
                                    "product-candidates",
                                    "Drugs in development, with owner, partners and derived"
                                            + " highest phase."),
                            collection(
                                    "indications",
                                    "A candidate's development in one disease: codes, setting,"
                                            + " phase."),
                            collection(
                                    "orphan-designations",
                                    "Orphan designations granted by the EMA, the FDA and other"
                                            + " agencies."),
                            collection(
                                    "regulatory-events",
                                    "Submissions, opinions, votes and decisions, past and"
                                            + " expected."),
                            collection(
                                    "market-estimates",
                                    "Dated figures: market size, prevalence, incidence and"
                                            + " others, as each source stated them."),
                            collection("clinical-trials", "Trials and their results.")),
                    List.of(
                            view(
                                    "pipeline",
                                    BASE + "pipeline",
                                    "Candidates grouped by highest phase."),
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
                                    "The records that cite a source document.")));

    @GET
    @Operation(
            operationId = "getApiIndex",
            summary = "List the collections and views of the API",
            description =
                    "The entry point: every collection and view with its path, and the OpenAPI"
                            + " document's. Constant for a given version of the service.")
    public ApiIndex index() {
        return INDEX;
    }

    private static ApiIndex.Link collection(String name, String description) {
        return new ApiIndex.Link(name, BASE + name, false, description);
    }

    private static ApiIndex.Link view(String name, String href, String description) {
        return new ApiIndex.Link(name, href, href.contains("{"), description);
    }
}
