package org.pharmapipeline.clinicaltrial;

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

/** HTTP API of clinical trials. */
@Path("/api/v1/clinical-trials")
@Tag(name = "Clinical trials") // described by the collection's declaration
public class ClinicalTrialResource
        extends CrudResource<ClinicalTrialRequest, ClinicalTrialResponse> {

    @Inject ClinicalTrialService service;

    @Override
    protected CrudService<?, ClinicalTrialRequest, ClinicalTrialResponse> service() {
        return service;
    }

    @GET
    @Operation(
            summary = "List clinical trials",
            description =
                    "Sort fields: readoutDate, title, phase,"
                            + " enrollment, createdAt, updatedAt (default -readoutDate). Phase sorts by progress, not by name.")
    @Produces({MediaType.APPLICATION_JSON, StreamedBody.NDJSON, StreamedBody.CSV})
    public RestResponse<PageResponse<ClinicalTrialResponse>> list(
            @BeanParam ClinicalTrialFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return listAnswer(filter, page, uri, headers);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam ClinicalTrialFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
