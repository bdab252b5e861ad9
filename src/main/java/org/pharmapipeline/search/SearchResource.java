package org.pharmapipeline.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.FixedOrderParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.web.Http;

/** HTTP API of search across all records. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Search",
        description = "Find records of every kind by name, INN, code, disease or description.")
public class SearchResource {

    @Inject SearchService service;

    @GET
    @Operation(
            operationId = "search",
            summary = "Search all records",
            description =
                    "Case-insensitive substring search over product names, INNs and research codes, company"
                            + " names and aliases, disease labels and codes, designated conditions, event descriptions, trial"
                            + " titles, the stated bases of figures and source titles. Results list by kind, then by title; sort is"
                            + " not accepted.")
    public RestResponse<PageResponse<SearchHit>> search(
            @Parameter(
                            description = "Text to find, 2 to 200 characters.",
                            example = "ceplene",
                            required = true)
                    @QueryParam("q")
                    @NotBlank(message = "is required")
                    @Size(min = 2, max = 200, message = "must be 2 to 200 characters")
                    String q,
            @Parameter(
                            description =
                                    "Only these kinds of records (repeat the parameter for several).")
                    @QueryParam("type")
                    List<RecordKind> type,
            @Valid @BeanParam FixedOrderParams page,
            @Context UriInfo uri) {
        if (q.strip().length() < 2) {
            throw ProblemException.invalid("q", "must be 2 to 200 characters");
        }
        page.requireFixedOrder("by kind and title");
        Set<RecordKind> types = type == null ? Set.of() : Set.copyOf(type);
        return Http.page(service.search(q.strip(), types, page), uri);
    }
}
