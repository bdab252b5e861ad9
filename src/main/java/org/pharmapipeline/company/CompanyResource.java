package org.pharmapipeline.company;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
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
import org.pharmapipeline.web.Http;

/** HTTP API of companies. */
@Path("/api/v1/companies")
@Tag(name = "Companies") // described by the collection's declaration
public class CompanyResource extends CrudResource<CompanyRequest, CompanyResponse> {

    @Inject CompanyService service;

    @Override
    protected CrudService<?, CompanyRequest, CompanyResponse> service() {
        return service;
    }

    @GET
    @Operation(
            summary = "List companies",
            description = "Sort fields: name, country, createdAt, updatedAt (default name).")
    public RestResponse<PageResponse<CompanyResponse>> list(
            @BeanParam CompanyFilter filter,
            @Valid @BeanParam ListParams page,
            @Context UriInfo uri) {
        return Http.page(service.list(filter, page), uri);
    }

    @GET
    @Path("counts")
    public CountsResponse counts(
            @BeanParam CompanyFilter filter, @Valid @BeanParam CountParams count) {
        return service.count(filter, count);
    }
}
