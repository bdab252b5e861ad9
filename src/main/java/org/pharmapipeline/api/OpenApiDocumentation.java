package org.pharmapipeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.pharmapipeline.collection.CrudResource;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;
import org.pharmapipeline.security.Roles;
import org.pharmapipeline.web.ETags;

/**
 * Completes the generated contract with what every operation shares, written once instead of on
 * each resource method: the problem responses each kind of operation can give, the ETag, Location,
 * Link and X-Total-Count headers, the required If-Match, operation ids and summaries for the shared
 * create/read/replace/delete operations, request examples from the bundled Ceplene dataset, and the
 * index as the example of itself.
 */
public class OpenApiDocumentation implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The bearer token scheme; its definition comes from quarkus.smallrye-openapi.security-*. */
    static final String BEARER_AUTH = "bearerAuth";

    private static final Map<PathItem.HttpMethod, List<String>> WRITE_ROLES = writeRoles();
    private static final UUID UNKNOWN_ID = UUID.fromString("0b4f7d52-9c3e-4a61-8d2f-5e7a1c9b3f60");

    /** Input schema name to the dataset section whose first record is its example. */
    private static final Map<String, String> EXAMPLES =
            Map.of(
                    "SourceInput", "sources",
                    "CompanyInput", "companies",
                    "ProductCandidateInput", "productCandidates",
                    "IndicationInput", "indications",
                    "OrphanDesignationInput", "orphanDesignations",
                    "RegulatoryEventInput", "regulatoryEvents",
                    "MarketEstimateInput", "marketEstimates",
                    "ClinicalTrialInput", "clinicalTrials");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemResponses(openAPI);
        renamePages(openAPI);
        openAPI.getPaths().getPathItems().forEach(this::document);
        addExamples(openAPI);
        describeAuthors(openAPI);
        SchemaShapes.apply(openAPI);
        MergePatchSchemas.apply(openAPI);
        ClosedSets.apply(openAPI);
    }

    /** The createdBy and updatedBy every record carries, described once for all of them. */
    private static void describeAuthors(OpenAPI openAPI) {
        Map<String, String> authors =
                Map.of(
                        "createdBy",
                        "Subject (sub claim) of the token that created the record; seed for the"
                                + " bundled dataset. Read-only: ignored in request bodies.",
                        "updatedBy",
                        "Subject (sub claim) of the token that last changed the record; seed for"
                                + " an unchanged bundled record. Read-only: ignored in request"
                                + " bodies.");
        openAPI.getComponents()
                .getSchemas()
                .values()
                .forEach(
                        schema ->
                                authors.forEach(
                                        (name, description) -> {
                                            Schema property =
                                                    schema.getProperties() == null
                                                            ? null
                                                            : schema.getProperties().get(name);
                                            if (property != null) {
                                                property.description(description)
                                                        .examples(List.of("seed"));
                                            }
                                        }));
    }

    private void document(String path, PathItem item) {
        boolean single = path.endsWith("{id}");
        item.getOperations()
                .forEach(
                        (method, operation) -> {
                            String schema = responseSchemaName(operation);
                            switch (method) {
                                case GET -> {
                                    if (single && schema != null) {
                                        name(
                                                operation,
                                                "get" + schema,
                                                "Get " + article(schema) + " " + words(schema));
                                        success(operation, "200")
                                                .addHeader(
                                                        "ETag",
                                                        required(header("The record's version.")));
                                        operation
                                                .getResponses()
                                                .addAPIResponse(
                                                        "304",
                                                        OASFactory.createAPIResponse()
                                                                .description(
                                                                        "Not modified: If-None-Match named the current version.")
                                                                .addHeader(
                                                                        "ETag",
                                                                        required(
                                                                                header(
                                                                                        "The record's version."))));
                                    } else if (isPage(operation)) {
                                        name(operation, "list" + collection(path), null);
                                        success(operation, "200")
                                                .addHeader(
                                                        "X-Total-Count",
                                                        header(
                                                                        "Records matching the filters, over all pages;"
                                                                                + " absent on a page asked for by cursor.")
                                                                .schema(
                                                                        OASFactory.createSchema()
                                                                                .addType(
                                                                                        Schema
                                                                                                .SchemaType
                                                                                                .INTEGER)
                                                                                .minimum(
                                                                                        java.math
                                                                                                .BigDecimal
                                                                                                .ZERO)))
                                                .addHeader(
                                                        "Link",
                                                        header(
                                                                "RFC 8288 links: first; next (by cursor where the"
                                                                        + " list has one); prev and last on a page asked for"
                                                                        + " by number."));
                                    }
                                }
                                case POST -> {
                                    name(
                                            operation,
                                            "create" + schema,
                                            "Create " + article(schema) + " " + words(schema));
                                    APIResponse created =
                                            operation.getResponses().getAPIResponse("200");
                                    operation.getResponses().removeAPIResponse("200");
                                    operation.getResponses().removeAPIResponse("201");
                                    operation
                                            .getResponses()
                                            .addAPIResponse(
                                                    "201",
                                                    created.description("Created.")
                                                            .addHeader(
                                                                    "Location",
                                                                    required(
                                                                            header(
                                                                                    "URL of the new record.")))
                                                            .addHeader(
                                                                    "ETag",
                                                                    required(
                                                                            header(
                                                                                    "The record's version."))));
                                    problems(operation, 409);
                                }
                                case PUT -> {
                                    name(
                                            operation,
                                            "replace" + schema,
                                            "Replace " + article(schema) + " " + words(schema));
                                    describeIfNoDescription(
                                            operation,
                                            "Replaces the whole record. Send the ETag of the version you"
                                                    + " read in If-Match; a stale one is refused with 412 so no update overwrites another.");
                                    success(operation, "200")
                                            .addHeader(
                                                    "ETag",
                                                    required(header("The record's new version.")));
                                    problems(operation, 409);
                                }
                                case PATCH -> {
                                    name(
                                            operation,
                                            "update" + schema,
                                            "Update part of "
                                                    + article(schema)
                                                    + " "
                                                    + words(schema));
                                    describeIfNoDescription(
                                            operation,
                                            "A JSON Merge Patch (RFC 7396) of the record's input form:"
                                                    + " the fields sent replace the stored ones, null removes an"
                                                    + " optional field, lists are replaced whole. The result must"
                                                    + " satisfy every rule of a PUT. Send the ETag you read in"
                                                    + " If-Match.");
                                    success(operation, "200")
                                            .addHeader(
                                                    "ETag",
                                                    required(header("The record's new version.")));
                                    problems(operation, 409);
                                }
                                case DELETE -> {
                                    String noun = words(collectionSingular(path));
                                    name(
                                            operation,
                                            "delete" + collectionSingularPascal(path),
                                            "Delete " + article(noun) + " " + noun);
                                    describeIfNoDescription(
                                            operation,
                                            "Send the ETag of the version you read in If-Match."
                                                    + " Refused with 409 while other records refer to this one.");
                                    problems(operation, 409);
                                }
                                default -> {}
                            }
                            ifMatch(operation);
                            problems(operation, 400);
                            if (path.contains("{id}")) {
                                problems(operation, 404);
                            }
                            if (operation.getRequestBody() != null) {
                                problems(operation, 413);
                                problems(operation, 415);
                            }
                            problems(operation, 406);
                            problems(operation, 414);
                            problems(operation, 500);
                            problems(operation, 503);
                            access(path, method, operation);
                        });
    }

    /**
     * Who may call an operation: the roles a write needs come from the annotations on {@link
     * CrudResource}, so the contract cannot drift from what the service enforces; reads are open
     * unless the service is configured to require a role. OpenAPI 3.1 lets a bearer scheme's
     * requirement list role names.
     */
    private static void access(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        List<String> roles = WRITE_ROLES.get(method);
        if (roles != null) {
            operation.setSecurity(
                    List.of(OASFactory.createSecurityRequirement().addScheme(BEARER_AUTH, roles)));
            appendDescription(
                    operation,
                    "Needs a bearer token with the role " + String.join(" or ", roles) + ".");
        } else {
            operation.setSecurity(
                    List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement()
                                    .addScheme(BEARER_AUTH, Roles.READERS)));
            appendDescription(
                    operation,
                    "Open without a token by default; when the service requires a role for"
                            + " reading (pipeline.security.read-requires-role), needs a bearer"
                            + " token with the role "
                            + String.join(", ", Roles.READERS.subList(0, Roles.READERS.size() - 1))
                            + " or "
                            + Roles.READERS.get(Roles.READERS.size() - 1)
                            + ".");
        }
        problems(operation, 401);
        problems(operation, 403);
    }

    /** The roles of each write method of {@link CrudResource}, by HTTP method. */
    private static Map<PathItem.HttpMethod, List<String>> writeRoles() {
        Map<PathItem.HttpMethod, List<String>> roles = new EnumMap<>(PathItem.HttpMethod.class);
        for (Method method : CrudResource.class.getDeclaredMethods()) {
            RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (allowed != null && http != null) {
                    roles.put(PathItem.HttpMethod.valueOf(http.value()), List.of(allowed.value()));
                }
            }
        }
        return roles;
    }

    private static void appendDescription(Operation operation, String text) {
        String current = operation.getDescription();
        operation.setDescription(current == null ? text : current + " " + text);
    }

    private static void ifMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            if ("If-Match".equals(p.getName())) {
                p.required(true)
                        .description(
                                "ETag of the version the change is based on, as returned by GET.")
                        .example("\"0\"");
                problems(operation, 412);
                problems(operation, 428);
            }
        }
    }

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

    private static void problems(Operation operation, int status) {
        ProblemDoc doc =
                PROBLEMS.stream().filter(p -> p.status() == status).findFirst().orElseThrow();
        operation.getResponses().removeAPIResponse(String.valueOf(status));
        operation
                .getResponses()
                .addAPIResponse(
                        String.valueOf(status),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + doc.name()));
    }

    private static void addProblemResponses(OpenAPI openAPI) {
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
                                                .minimum(java.math.BigDecimal.ZERO)));
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

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static APIResponse success(Operation operation, String status) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description("OK");
            operation.getResponses().addAPIResponse(status, response);
        }
        return response;
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header required(Header header) {
        return header.required(true);
    }

    private static void name(Operation operation, String id, String summary) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(Character.toLowerCase(id.charAt(0)) + id.substring(1));
        }
        String current = operation.getSummary();
        if (summary != null
                && (current == null
                        || current.equals("Get")
                        || current.equals("Create")
                        || current.equals("Update")
                        || current.equals("Delete"))) {
            operation.setSummary(summary);
        }
    }

    private static void describeIfNoDescription(Operation operation, String description) {
        if (operation.getDescription() == null) {
            operation.setDescription(description);
        }
    }

    private static boolean isPage(Operation operation) {
        Schema schema = okSchema(operation);
        return schema != null && schema.getRef() != null && schema.getRef().endsWith("Page");
    }

    private static Schema okSchema(Operation operation) {
        for (String status : new String[] {"200", "201"}) {
            APIResponse ok =
                    operation.getResponses() == null
                            ? null
                            : operation.getResponses().getAPIResponse(status);
            if (ok != null
                    && ok.getContent() != null
                    && ok.getContent().getMediaType("application/json") != null) {
                return ok.getContent().getMediaType("application/json").getSchema();
            }
        }
        return null;
    }

    private static String responseSchemaName(Operation operation) {
        Schema schema = okSchema(operation);
        if (schema == null || schema.getRef() == null) {
            return null;
        }
        return schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
    }

    /** "/api/v1/regulatory-events" → "RegulatoryEvents". */
    private static String collection(String path) {
        String segment = path.replaceAll("/\\{id}$", "");
        segment = segment.substring(segment.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        for (String part : segment.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static String collectionSingularPascal(String path) {
        String plural = collection(path);
        return plural.endsWith("ies")
                ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
    }

    private static String collectionSingular(String path) {
        String name = collectionSingularPascal(path);
        return name.equals("Source") ? "SourceDocument" : name;
    }

    /** "OrphanDesignation" → "orphan designation". */
    private static String words(String pascal) {
        return pascal == null
                ? "record"
                : pascal.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String article(String noun) {
        return noun != null && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** PageResponseCompanyResponse → CompanyPage: names a generated client can live with. */
    private static void renamePages(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : new TreeSet<>(schemas.keySet())) {
            if (name.startsWith("PageResponse")) {
                String item = name.substring("PageResponse".length()).replaceAll("Response$", "");
                String target = item + "Page";
                renames.put(name, target);
                openAPI.getComponents().addSchema(target, schemas.get(name));
                openAPI.getComponents().removeSchema(name);
            }
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(
                        item ->
                                item.getOperations()
                                        .values()
                                        .forEach(
                                                op -> {
                                                    Schema schema = okSchema(op);
                                                    if (schema != null && schema.getRef() != null) {
                                                        String old =
                                                                schema.getRef()
                                                                        .substring(
                                                                                schema.getRef()
                                                                                                .lastIndexOf(
                                                                                                        '/')
                                                                                        + 1);
                                                        if (renames.containsKey(old)) {
                                                            schema.setRef(
                                                                    "#/components/schemas/"
                                                                            + renames.get(old));
                                                        }
                                                    }
                                                }));
    }

    private void addExamples(OpenAPI openAPI) {
        JsonNode dataset = dataset();
        Map<String, Schema> schemas =
                openAPI.getComponents() == null
                        ? Map.of()
                        : new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        EXAMPLES.forEach(
                (schemaName, section) -> {
                    Schema schema = schemas.get(schemaName);
                    JsonNode first = dataset.path(section).path(0);
                    if (schema != null && first.isObject()) {
                        ObjectNode example = ((ObjectNode) first).deepCopy();
                        example.remove("id");
                        schema.setExample(new ObjectMapper().convertValue(example, Map.class));
                    }
                });
        // The index is a constant: its example is the index itself.
        Schema index = schemas.get("ApiIndex");
        if (index != null) {
            index.setExample(new ObjectMapper().convertValue(ApiIndexResource.INDEX, Map.class));
        }
    }

    private static JsonNode dataset() {
        try (InputStream in =
                Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream("seed/ceplene.json")) {
            return in == null
                    ? new ObjectMapper().createObjectNode()
                    : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
