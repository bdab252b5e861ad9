package org.pharmapipeline.source;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.common.Http;
import org.pharmapipeline.common.PageParams;
import org.pharmapipeline.common.PageResponse;

/** HTTP API of source documents. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Press releases, filings, registry records and publications that facts are cited to.")
public class SourceResource {

    @Inject
    SourceService service;

    @GET
    @Operation(summary = "List source documents",
            description = "Filters combine with AND. Sort fields: publishedOn, title, type, createdAt, updatedAt"
                    + " (default -publishedOn).")
    public RestResponse<PageResponse<SourceResponse>> list(@BeanParam SourceFilter filter,
            @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Http.page(service.list(filter, page), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a source document")
    public RestResponse<SourceResponse> get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Http.read(service.get(id), headers);
    }

    @POST
    @Operation(summary = "Create a source document")
    public RestResponse<SourceResponse> create(@Valid @NotNull SourceRequest body, @Context UriInfo uri) {
        return Http.created(service.create(body), uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a source document")
    public RestResponse<SourceResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SourceRequest body) {
        return Http.updated(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a source document", description = "Refused with 409 while any record cites it.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Http.deleted();
    }
}
