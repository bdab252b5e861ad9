package org.pharmapipeline.orphandesignation;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.CrudResource;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.CountsResponse;
import org.pharmapipeline.query.ListParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.web.StreamedBody;

/** HTTP API of orphan designations. */
@Path("/api/v1/orphan-designations")
@Tag(name = "Orphan designations") // described by the collection's declaration
public class OrphanDesignationResource
        extends CrudResource<OrphanDesignationRequest, OrphanDesignationResponse> {

    @Inject OrphanDesignationService service;

    @Override
    protected CrudService<?, OrphanDesignationRequest, OrphanDesignationResponse> service() {
        return service;
    }

    @GET
    @Operation(
            summary = "List orphan designations",
            description =
                    "Sort fields: designationDate, designationNumber,"
                            + " agency, status, createdAt, updatedAt (default -designationDate).")
    @Produces({MediaType.APPLICATION_JSON, StreamedBody.NDJSON, StreamedBody.CSV})
    public RestResponse<PageResponse<OrphanDesignationResponse>> list(
            @BeanParam OrphanDesignationFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return listAnswer(filter, page, uri, headers);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam OrphanDesignationFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
