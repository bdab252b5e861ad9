package org.pharmapipeline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.query.Fields;
import org.pharmapipeline.query.FixedOrderParams;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.ListParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.security.Roles;
import org.pharmapipeline.web.Http;
import org.pharmapipeline.web.StreamedBody;

/**
 * Read-one, create, replace, patch and delete, the same for every collection. A feature's resource
 * extends this, names its path and adds its list operation with its own filters. Bodies are
 * validated by the service, so API writes and dataset loads follow the same rules. Reads are open
 * (see {@link org.pharmapipeline.security.ReadAccess}); creating and changing need the editor role,
 * deleting the admin role.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class CrudResource<Q, R extends Versioned> {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject ExportService exports;

    protected abstract CrudService<?, Q, R> service();

    /**
     * A list's answer: a page of JSON; or, when the client asks for NDJSON or CSV (Accept), every
     * record the filters match, streamed in the order asked (after the cursor, when one is given;
     * page and size do not apply). The filters, sort, cursor and fields are checked first, so a
     * mistake is a 400 problem before anything is streamed.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected RestResponse<PageResponse<R>> listAnswer(
            ListFilter filter, ListParams page, UriInfo uri, HttpHeaders headers) {
        MediaType type = listMediaType(headers.getAcceptableMediaTypes());
        if (type == MediaType.APPLICATION_JSON_TYPE) {
            return Http.page(service().list(filter, page), uri);
        }
        CrudService<?, Q, R>.Records records = service().records(filter, page.sort, page.cursor);
        StreamedBody body;
        if (type == NDJSON_TYPE) {
            Fields fields =
                    page.fields == null || page.fields.isBlank()
                            ? null
                            : Fields.parse(page.fields, records.collection().fields());
            body = exports.ndjson(records, fields);
        } else {
            body = exports.csv(records);
        }
        return (RestResponse) RestResponse.ResponseBuilder.ok(body, type).build();
    }

    private static final MediaType NDJSON_TYPE = MediaType.valueOf(StreamedBody.NDJSON);

    private static final MediaType CSV_TYPE = MediaType.valueOf(StreamedBody.CSV);

    /**
     * What a list answers with: the first of JSON, NDJSON and CSV that the client's Accept takes,
     * in its order of preference; JSON when it takes any. An unreadable Accept never gets here:
     * {@link org.pharmapipeline.web.AcceptHeader} drops it before an operation is chosen.
     */
    static MediaType listMediaType(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            for (MediaType offered :
                    List.of(MediaType.APPLICATION_JSON_TYPE, NDJSON_TYPE, CSV_TYPE)) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @GET
    @Path("{id}")
    public RestResponse<R> get(
            @Parameter(description = "Record id.") @PathParam("id") UUID id,
            @Parameter(
                            description =
                                    "ETags of versions the client has; the current one among them"
                                            + " gives 304 Not Modified without a body.",
                            example = "\"0\"")
                    @HeaderParam("If-None-Match")
                    String ifNoneMatch,
            @Parameter(
                            description =
                                    "Comma-separated properties the record keeps (the id always);"
                                            + " the others are left out. Empty means the whole"
                                            + " record.")
                    @QueryParam(Fields.PARAMETER)
                    String fields,
            @Parameter(
                            description =
                                    "The record as it stood at this instant (RFC 3339), with the"
                                            + " ETag of that version: 404 if it did not exist yet,"
                                            + " 410 if it had been deleted by then.",
                            example = "2026-12-02T13:00:00Z")
                    @QueryParam("asOf")
                    Instant asOf) {
        R record = asOf == null ? service().get(id, fields) : service().asOf(id, asOf, fields);
        return Http.read(record, ifNoneMatch);
    }

    @GET
    @Path("{id}/history")
    public RestResponse<PageResponse<Revision>> history(
            @Parameter(description = "Record id.") @PathParam("id") UUID id,
            @BeanParam @Valid FixedOrderParams page,
            @Context UriInfo uri) {
        return Http.page(service().history(id, page.requireFixedOrder("newest first")), uri);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<R> create(Q body, @Context UriInfo uri) {
        return Http.created(service().create(body), uri);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<R> update(
            @Parameter(description = "Record id.") @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            Q body) {
        return Http.updated(service().update(id, ifMatch, body));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    public RestResponse<R> patch(
            @Parameter(description = "Record id.") @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        return Http.updated(service().patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Void> delete(
            @Parameter(description = "Record id.") @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        service().delete(id, ifMatch);
        return Http.deleted();
    }
}
