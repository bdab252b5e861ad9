package org.pharmapipeline.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.query.FixedOrderParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.security.Roles;
import org.pharmapipeline.web.Http;

/**
 * Bulk imports: upload a file, get 202 and the import's address, and follow the import there. Only
 * admins may import, or read what imports did.
 */
@Path(ImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Imports",
        description =
                "Bulk imports of records in the API's own shape (NDJSON, CSV) and of the public"
                        + " registers (the FDA's orphan designations, the EMA's orphan register and"
                        + " medicines report), through the same validation as every write.")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearerAuth", scopes = Roles.ADMIN)
public class ImportResource {

    public static final String PATH = "/api/v1/imports";

    @Inject ImportService service;

    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the import is queued; follow Location to see it run.",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "URL of the import.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResponse.class)))
    @Operation(
            operationId = "createImport",
            summary = "Import a file",
            description =
                    "Accepts the file (streamed to disk, up to pipeline.import.max-upload-size) and"
                            + " answers 202 with the import's address in Location; the rows are"
                            + " imported in the background. Every row goes through the validation of"
                            + " an API write. Records are matched by id, else by their collection's"
                            + " natural key (register rows: by normalised names, INN, trade name, EU"
                            + " designation number, EMA product number), and created or replaced;"
                            + " importing the same file again changes nothing. The same file cannot"
                            + " be imported twice at once (409).")
    public RestResponse<ImportResponse> create(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @BeanParam ImportParams params,
            @Context UriInfo uri)
            throws IOException {
        return accepted(service.accept(body, contentType, params, null), uri);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getImport",
            summary = "Get an import",
            description = "Its state and progress, and what it did once it has ended.")
    public RestResponse<ImportResponse> get(
            @Parameter(description = "Import id.") @PathParam("id") UUID id,
            @Parameter(
                            description =
                                    "ETags of versions the client has; the current one among them"
                                            + " gives 304 Not Modified without a body.",
                            example = "\"3\"")
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    String ifNoneMatch) {
        return Http.read(service.get(id), ifNoneMatch);
    }

    @GET
    @Operation(
            operationId = "listImports",
            summary = "List imports",
            description = "Newest first. Sort is not accepted.")
    public RestResponse<PageResponse<ImportResponse>> list(
            @Parameter(description = "Only imports in this state.") @QueryParam("state")
                    ImportState state,
            @Valid @BeanParam FixedOrderParams page,
            @Context UriInfo uri) {
        return Http.page(service.list(state, page.requireFixedOrder("newest first")), uri);
    }

    @GET
    @Path("{id}/problems")
    @Operation(
            operationId = "listImportProblems",
            summary = "List the rejected rows and warnings of an import",
            description =
                    "By row. The first pipeline.import.max-problems of them are kept; the import's"
                            + " figures count them all. Sort is not accepted.")
    public RestResponse<PageResponse<ImportProblemResponse>> problems(
            @Parameter(description = "Import id.") @PathParam("id") UUID id,
            @Parameter(description = "Only errors (rejected rows) or only warnings.")
                    @QueryParam("severity")
                    RowProblem.Severity severity,
            @Valid @BeanParam FixedOrderParams page,
            @Context UriInfo uri) {
        return Http.page(service.problems(id, severity, page.requireFixedOrder("by row")), uri);
    }

    static RestResponse<ImportResponse> accepted(ImportResponse body, UriInfo uri) {
        return RestResponse.ResponseBuilder.<ImportResponse>accepted(body)
                .location(uri.getBaseUriBuilder().path(PATH).path(body.id().toString()).build())
                .build();
    }
}
