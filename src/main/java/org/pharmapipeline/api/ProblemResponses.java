package org.pharmapipeline.api;

import static org.pharmapipeline.api.OpenApiModel.header;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.pharmapipeline.api.OpenApiDocumentation.PathOperation;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;
import org.pharmapipeline.security.Roles;
import org.pharmapipeline.web.ETags;

/**
 * The RFC 9457 problems the service answers with, each documented once under components/responses
 * with an example made by the same factory the service answers with, and referred to by every
 * operation that can give it.
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = OpenApiModel.SCHEMAS + "Problem";
    private static final UUID UNKNOWN_ID = UUID.fromString("0b4f7d52-9c3e-4a61-8d2f-5e7a1c9b3f60");

    private ProblemResponses() {}

    /** One problem response, documented once under components/responses. */
    private record ProblemDoc(
            int status, String name, String description, String path, ProblemException example) {}

    /** The problem responses, with examples made by the same factories the service answers with. */
    private static final List<ProblemDoc> PROBLEMS =
            List.of(
                    new ProblemDoc(
                            400,
                            "BadRequest",
                            "Invalid input; the violations list names each rejected field or"
                                    + " parameter.",
                            "/api/v1/regulatory-events",
                            ProblemException.invalid(
                                    "date",
                                    "must be the first day of its month when datePrecision is"
                                            + " MONTH")),
                    new ProblemDoc(
                            401,
                            "Unauthorized",
                            "No bearer token, or one that is expired, issued by another issuer or"
                                    + " for another audience, or not signed by a trusted key"
                                    + " (type urn:pipeline:problem:invalid-token). The"
                                    + " WWW-Authenticate header carries the RFC 6750 challenge.",
                            "/api/v1/companies",
                            ProblemException.unauthorized()),
                    new ProblemDoc(
                            403,
                            "Forbidden",
                            "The token is valid but lacks the role the operation needs.",
                            "/api/v1/companies",
                            ProblemException.forbidden(List.of(Roles.EDITOR, Roles.ADMIN))),
                    new ProblemDoc(
                            404,
                            "NotFound",
                            "No record with this id.",
                            "/api/v1/product-candidates/" + UNKNOWN_ID,
                            ProblemException.notFound("product candidate", UNKNOWN_ID)),
                    new ProblemDoc(
                            406,
                            "NotAcceptable",
                            "The client does not accept application/json.",
                            "/api/v1/product-candidates",
                            ProblemException.notAcceptable()),
                    new ProblemDoc(
                            410,
                            "Gone",
                            "Read asOf an instant by which the record had been deleted.",
                            "/api/v1/product-candidates/" + UNKNOWN_ID,
                            ProblemException.gone(
                                    "product candidate",
                                    UNKNOWN_ID,
                                    Instant.parse("2026-12-02T13:05:00Z"))),
                    new ProblemDoc(
                            409,
                            "Conflict",
                            "A unique value (name, number, hash) is already used by another"
                                    + " record, or other records still refer to this one.",
                            "/api/v1/companies",
                            ProblemException.conflict(
                                    "A record with the same identifying values already exists.",
                                    List.of(
                                            new Problem.Violation(
                                                    "name", "is already used by another record")))),
                    new ProblemDoc(
                            412,
                            "PreconditionFailed",
                            "If-Match names an older version: someone changed the record since it"
                                    + " was read.",
                            "/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503",
                            ProblemException.staleVersion("\"0\"", ETags.of(1))),
                    new ProblemDoc(
                            413,
                            "PayloadTooLarge",
                            "The body is larger than the service accepts.",
                            "/api/v1/sources",
                            ProblemException.payloadTooLarge("2097152", 1048576)),
                    new ProblemDoc(
                            414,
                            "UriTooLong",
                            "The query string or the whole request line is longer than the"
                                    + " service accepts.",
                            "/api/v1/search",
                            ProblemException.uriTooLong(4000, 2048)),
                    new ProblemDoc(
                            415,
                            "UnsupportedMediaType",
                            "The body is not application/json.",
                            "/api/v1/sources",
                            ProblemException.unsupportedMediaType()),
                    new ProblemDoc(
                            428,
                            "PreconditionRequired",
                            "If-Match is missing.",
                            "/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503",
                            ProblemException.preconditionRequired()),
                    new ProblemDoc(
                            503,
                            "ServiceUnavailable",
                            "The database cannot be reached (type"
                                    + " urn:pipeline:problem:database-unavailable), or this instance"
                                    + " is shutting down (urn:pipeline:problem:shutting-down)."
                                    + " Nothing was changed: send the request again after"
                                    + " Retry-After seconds.",
                            "/api/v1/companies",
                            ProblemException.databaseUnavailable()),
                    new ProblemDoc(
                            500,
                            "InternalError",
                            "The service failed; the problem names an error id to report.",
                            "/api/v1/pipeline",
                            ProblemException.internalError(
                                    "7d0f3c9e-5b1a-4c2e-8f6d-2a9b4e1c0d37")));

    /** Documents every problem once, under components/responses. */
    static void addComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ObjectMapper json = new ObjectMapper();
        for (ProblemDoc doc : PROBLEMS) {
            Content content = problemContent();
            content.getMediaType(ProblemMappers.PROBLEM_JSON)
                    .setExample(json.convertValue(doc.example().toProblem(doc.path()), Map.class));
            APIResponse response =
                    OASFactory.createAPIResponse().description(doc.description()).content(content);
            if (doc.status() == 503) {
                response.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before sending the request again.")
                                .required(true)
                                .schema(
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.INTEGER)
                                                .minimum(BigDecimal.ZERO)));
            }
            if (doc.status() == 401) {
                response.addHeader(
                        HttpHeaders.WWW_AUTHENTICATE,
                        header(
                                "Bearer, or Bearer error=\"invalid_token\" when a token was sent"
                                        + " but refused (RFC 6750)."));
            }
            openAPI.getComponents().addResponse(doc.name(), response);
        }
    }

    /** Refers the operation to every problem it can give, in a stable order. */
    static void document(PathOperation o) {
        for (int status : statuses(o)) {
            refer(o.operation(), status);
        }
    }

    /** The problems an operation can give. */
    private static List<Integer> statuses(PathOperation o) {
        Operation operation = o.operation();
        List<Integer> statuses = new ArrayList<>();
        switch (o.method()) {
            case POST, PUT, PATCH, DELETE -> statuses.add(409);
            default -> {}
        }
        if (Preconditions.ifMatch(o) != null) {
            statuses.addAll(List.of(412, 428));
        }
        statuses.add(400);
        if (o.path().contains("{id}")) {
            statuses.add(404);
        }
        if (o.method() == PathItem.HttpMethod.GET && o.onRecord()) {
            statuses.add(410);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        // Every request line can be too long, and every operation can meet a shutting-down
        // instance or an unreachable database.
        statuses.addAll(List.of(406, 414, 500, 503));
        if (Access.applies(o)) {
            statuses.addAll(List.of(401, 403));
        }
        return statuses;
    }

    private static void refer(Operation operation, int status) {
        ProblemDoc doc =
                PROBLEMS.stream().filter(p -> p.status() == status).findFirst().orElseThrow();
        operation.getResponses().removeAPIResponse(String.valueOf(status));
        operation
                .getResponses()
                .addAPIResponse(
                        String.valueOf(status),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + doc.name()));
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
