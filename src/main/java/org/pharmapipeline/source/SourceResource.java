package org.pharmapipeline.source;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.CrudResource;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.CountsResponse;
import org.pharmapipeline.query.FixedOrderParams;
import org.pharmapipeline.query.ListParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.web.Http;
import org.pharmapipeline.web.StreamedBody;

/** HTTP API of source documents. */
@Path("/api/v1/sources")
@Tag(name = "Sources") // described by the collection's declaration
public class SourceResource extends CrudResource<SourceRequest, SourceResponse> {

    @Inject SourceService service;

    @Override
    protected CrudService<?, SourceRequest, SourceResponse> service() {
        return service;
    }

    @GET
    @Path("{id}/citations")
    @Operation(
            operationId = "listSourceCitations",
            summary = "Facts cited to a source document",
            description =
                    "Every record that cites the source, with the quote and locator it cites, by kind of record."
                            + " Sort is not accepted.")
    public RestResponse<PageResponse<CitingRecord>> citations(
            @Parameter(description = "Source document id.") @PathParam("id") UUID id,
            @Valid @BeanParam FixedOrderParams page,
            @Context UriInfo uri) {
        return Http.page(service.citing(id, page.requireFixedOrder("by kind of record")), uri);
    }

    @GET
    @Operation(
            summary = "List source documents",
            description =
                    "Sort fields: publishedOn, title, type, createdAt,"
                            + " updatedAt (default -publishedOn).")
    @Produces({MediaType.APPLICATION_JSON, StreamedBody.NDJSON, StreamedBody.CSV})
    public RestResponse<PageResponse<SourceResponse>> list(
            @BeanParam SourceFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return listAnswer(filter, page, uri, headers);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam SourceFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
