package org.pharmapipeline.patent;

import io.quarkus.arc.properties.IfBuildProperty;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.collection.CrudResource;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.CountsResponse;
import org.pharmapipeline.query.ListParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.web.StreamedBody;

/** HTTP API of patents; its tag comes from the registry. */
@Path("/api/v1/patents")
@IfBuildProperty(name = PatentsRegistered.PROPERTY, stringValue = PatentsRegistered.VALUE)
public class PatentResource extends CrudResource<PatentRequest, PatentResponse> {

    @Inject PatentService service;

    @Override
    protected CrudService<?, PatentRequest, PatentResponse> service() {
        return service;
    }

    @GET
    @Operation(
            summary = "List patents",
            description =
                    "Sort fields: patentNumber, expiresOn, office, createdAt, updatedAt (default"
                            + " patentNumber).")
    @Produces({MediaType.APPLICATION_JSON, StreamedBody.NDJSON, StreamedBody.CSV})
    public RestResponse<PageResponse<PatentResponse>> list(
            @BeanParam PatentFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return listAnswer(filter, page, uri, headers);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam PatentFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
