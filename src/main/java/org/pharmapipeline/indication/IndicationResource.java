package org.pharmapipeline.indication;

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

/** HTTP API of indications. */
@Path("/api/v1/indications")
@Tag(name = "Indications") // described by the collection's declaration
public class IndicationResource extends CrudResource<IndicationRequest, IndicationResponse> {

    @Inject IndicationService service;

    @Override
    protected CrudService<?, IndicationRequest, IndicationResponse> service() {
        return service;
    }

    @GET
    @Operation(
            summary = "List indications",
            description =
                    "Sort fields: diseaseLabel, phase,"
                            + " developmentStatus, createdAt, updatedAt (default diseaseLabel). Phase sorts by progress, not by name.")
    @Produces({MediaType.APPLICATION_JSON, StreamedBody.NDJSON, StreamedBody.CSV})
    public RestResponse<PageResponse<IndicationResponse>> list(
            @BeanParam IndicationFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return listAnswer(filter, page, uri, headers);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam IndicationFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
