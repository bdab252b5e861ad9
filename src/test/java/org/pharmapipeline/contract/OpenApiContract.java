package org.pharmapipeline.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OpenAPI 3.1 contract that judges HTTP exchanges. Schemas are JSON Schema 2020-12, checked by a
 * 2020-12 validator with format assertions on, so type arrays ({@code [string, "null"]}), {@code
 * const}, {@code enum} and {@code required} mean exactly what the contract says.
 *
 * <p>A response must be documented for its operation and status, with its media type, body and
 * headers. A request that breaks the contract (an unknown enum, a missing required parameter, a
 * body of the wrong shape) is allowed, since tests send such requests on purpose, but it must then
 * be refused with a 4xx: a service that accepts what its contract forbids is a broken promise too.
 * Only paths under /api/ are the API; requests elsewhere (health, metrics, the contract itself) are
 * outside it, and so is what the HTTP layer's CORS filter answers for browsers: preflights, and the
 * bodiless 403 that refuses a request from an origin that is not allowed.
 */
public final class OpenApiContract {

    /** The base against which the contract's own references are resolved. */
    static final String BASE = "https://contract.pipeline.invalid/openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base";

    private final JsonNode doc;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<JsonNode, JsonSchema> compiled =
            Collections.synchronizedMap(new IdentityHashMap<>());

    /** One HTTP exchange as a client saw it; header names are case-insensitive. */
    public record Exchange(
            String method,
            String path,
            Map<String, List<String>> query,
            Map<String, String> requestHeaders,
            String requestBody,
            int status,
            Map<String, String> responseHeaders,
            String responseBody) {

        String requestHeader(String name) {
            return header(requestHeaders, name);
        }

        String responseHeader(String name) {
            return header(responseHeaders, name);
        }

        private static String header(Map<String, String> headers, String name) {
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
            return null;
        }
    }

    public OpenApiContract(String json) {
        try {
            this.doc = absoluteReferences(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The contract is not JSON", e);
        }
        String text = doc.toString();
        // OpenAPI's own schema keywords are annotations; keywords of the surrounding document
        // (paths, parameters) are never validated against, so they are annotations too.
        JsonMetaSchema oas =
                JsonMetaSchema.builder(DIALECT, JsonMetaSchema.getV202012())
                        .keywords(
                                List.of(
                                        new AnnotationKeyword("example"),
                                        new AnnotationKeyword("discriminator"),
                                        new AnnotationKeyword("xml"),
                                        new AnnotationKeyword("externalDocs")))
                        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                        .build();
        this.factory =
                JsonSchemaFactory.getInstance(
                        SpecVersion.VersionFlag.V202012,
                        builder ->
                                builder.metaSchema(oas)
                                        .defaultMetaSchemaIri(DIALECT)
                                        .schemaLoaders(
                                                loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    /** What is wrong with an exchange, in words; empty when it keeps the contract. */
    public List<String> check(Exchange x) {
        if (!x.path().startsWith("/api/")
                || x.method().equalsIgnoreCase("OPTIONS")
                || refusedOrigin(x)) {
            return List.of();
        }
        PathMatch match = match(x.path());
        List<String> problems = new ArrayList<>();
        if (match == null) {
            requireProblem(x, List.of(404), "no operation has this path", problems);
            return problems;
        }
        String method = x.method().equalsIgnoreCase("HEAD") ? "get" : x.method().toLowerCase();
        JsonNode operation = match.item().get(method);
        if (operation == null) {
            requireProblem(x, List.of(405), "the path has no " + x.method(), problems);
            return problems;
        }
        checkResponse(operation, x, problems);
        List<String> request = checkRequest(match, operation, x);
        if (!request.isEmpty() && x.status() < 400) {
            problems.add(
                    "the request breaks the contract ("
                            + String.join("; ", request)
                            + ") yet the service accepted it with "
                            + x.status());
        }
        return problems;
    }

    private static boolean refusedOrigin(Exchange x) {
        return x.requestHeader("Origin") != null
                && x.status() == 403
                && (x.responseBody() == null || x.responseBody().isEmpty());
    }

    private void requireProblem(Exchange x, List<Integer> statuses, String why, List<String> out) {
        if (!statuses.contains(x.status())) {
            out.add(why + ", so the answer must be " + statuses + ", not " + x.status());
            return;
        }
        if (!"application/problem+json".equals(mediaType(x.responseHeader("Content-Type")))) {
            out.add("a " + x.status() + " must be application/problem+json");
            return;
        }
        validate(pointer("/components/schemas/Problem"), x.responseBody(), "body", out);
    }

    private void checkResponse(JsonNode operation, Exchange x, List<String> out) {
        JsonNode responses = operation.path("responses");
        String status = String.valueOf(x.status());
        JsonNode response = responses.get(status);
        if (response == null) {
            response = responses.get(status.charAt(0) + "XX");
        }
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            out.add("status " + status + " is not documented for this operation");
            return;
        }
        response = resolve(response);
        JsonNode content = response.get("content");
        boolean hasBody = x.responseBody() != null && !x.responseBody().isEmpty();
        if (content == null || content.isEmpty()) {
            if (hasBody) {
                out.add("status " + status + " is documented without a body, yet one came");
            }
        } else if (!hasBody) {
            String type = mediaType(x.responseHeader("Content-Type"));
            JsonNode media = type == null ? null : content.get(type);
            boolean emptyFile = media != null && !media.has("schema");
            // A file (documented without a schema: NDJSON, CSV) may be empty; JSON may not.
            if (!x.method().equalsIgnoreCase("HEAD") && !emptyFile) {
                out.add("status " + status + " is documented with a body, yet none came");
            }
        } else {
            String type = mediaType(x.responseHeader("Content-Type"));
            JsonNode media = type == null ? null : content.get(type);
            if (media == null) {
                out.add(
                        "media type "
                                + type
                                + " is not documented for status "
                                + status
                                + " (documented: "
                                + fieldNames(content)
                                + ")");
            } else if (media.has("schema")) {
                validate(media.get("schema"), x.responseBody(), "body", out);
            }
        }
        JsonNode headers = response.path("headers");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            JsonNode header = resolve(h.getValue());
            String value = x.responseHeader(h.getKey());
            if (value == null) {
                if (header.path("required").asBoolean(false)) {
                    out.add("header " + h.getKey() + " is required on " + status + ", yet absent");
                }
            } else if (header.has("schema")) {
                validateValue(
                        header.get("schema"),
                        coerce(header.get("schema"), List.of(value), false),
                        "header " + h.getKey(),
                        out);
            }
        }
    }

    private List<String> checkRequest(PathMatch match, JsonNode operation, Exchange x) {
        List<String> out = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        match.item().path("parameters").forEach(p -> parameters.add(resolve(p)));
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            boolean required = p.path("required").asBoolean(false);
            JsonNode schema = p.get("schema");
            List<String> values =
                    switch (in) {
                        case "path" ->
                                match.variables().containsKey(name)
                                        ? List.of(match.variables().get(name))
                                        : List.of();
                        case "query" -> x.query().getOrDefault(name, List.of());
                        case "header" ->
                                x.requestHeader(name) == null
                                        ? List.of()
                                        : List.of(x.requestHeader(name));
                        default -> List.of();
                    };
            if (values.isEmpty()) {
                if (required) {
                    out.add(in + " parameter " + name + " is required");
                }
                continue;
            }
            if (schema != null) {
                boolean exploded =
                        !"form".equals(p.path("style").asText("form"))
                                || p.path("explode").asBoolean(true);
                validateValue(
                        schema, coerce(schema, values, !exploded), in + " parameter " + name, out);
            }
        }
        JsonNode body = operation.has("requestBody") ? resolve(operation.get("requestBody")) : null;
        boolean sent = x.requestBody() != null && !x.requestBody().isEmpty();
        if (body == null) {
            if (sent) {
                out.add("the operation takes no body");
            }
        } else if (!sent) {
            if (body.path("required").asBoolean(false)) {
                out.add("a body is required");
            }
        } else {
            String type = mediaType(x.requestHeader("Content-Type"));
            JsonNode media = type == null ? null : body.path("content").get(type);
            if (media == null) {
                out.add("media type " + type + " is not accepted");
            } else if (media.has("schema")) {
                validate(media.get("schema"), x.requestBody(), "body", out);
            }
        }
        return out;
    }

    private void validate(JsonNode schema, String json, String what, List<String> out) {
        JsonNode value;
        try {
            value = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            out.add(what + " is not JSON");
            return;
        }
        if (value == null) {
            out.add(what + " is empty");
            return;
        }
        validateValue(schema, value, what, out);
    }

    private void validateValue(JsonNode schema, JsonNode value, String what, List<String> out) {
        JsonSchema compiledSchema =
                compiled.computeIfAbsent(schema, s -> factory.getSchema(s, config));
        for (ValidationMessage message : compiledSchema.validate(value)) {
            out.add(what + ": " + message.getMessage());
        }
    }

    /**
     * A parameter's text as the JSON value its schema describes: numbers and booleans parsed where
     * the schema wants them (left as text when they do not parse, so the schema refuses them), and
     * arrays from repeated parameters or from a comma-separated value.
     */
    JsonNode coerce(JsonNode schema, List<String> values, boolean commaSeparated) {
        JsonNode resolved = resolve(schema);
        if (types(resolved).contains("array")) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            JsonNode items = resolved.path("items");
            for (String value : values) {
                for (String part : commaSeparated ? value.split(",", -1) : new String[] {value}) {
                    array.add(scalar(items, part));
                }
            }
            return array;
        }
        return scalar(resolved, values.get(0));
    }

    private JsonNode scalar(JsonNode schema, String text) {
        List<String> types = types(resolve(schema));
        if (types.contains("integer") || types.contains("number")) {
            try {
                BigDecimal number = new BigDecimal(text);
                return types.contains("integer") && number.scale() <= 0
                        ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact())
                        : JsonNodeFactory.instance.numberNode(number);
            } catch (NumberFormatException | ArithmeticException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        return types;
    }

    /** A node itself, or the node its $ref names within this contract. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith(BASE + "#")) {
                break;
            }
            current = pointer(ref.substring(BASE.length() + 1));
        }
        return current;
    }

    private JsonNode pointer(String pointer) {
        JsonNode found = doc.at(pointer);
        if (found.isMissingNode()) {
            throw new IllegalStateException("The contract has nothing at " + pointer);
        }
        return found;
    }

    /** A concrete path matched to the path template that describes it most specifically. */
    private record PathMatch(JsonNode item, Map<String, String> variables, int literals) {}

    private PathMatch match(String path) {
        String[] segments = path.split("/", -1);
        PathMatch best = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String[] template = entry.getKey().split("/", -1);
            if (template.length != segments.length) {
                continue;
            }
            Map<String, String> variables = new java.util.HashMap<>();
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                String t = template[i];
                if (t.startsWith("{") && t.endsWith("}")) {
                    matches = !segments[i].isEmpty();
                    variables.put(t.substring(1, t.length() - 1), segments[i]);
                } else {
                    matches = t.equals(segments[i]);
                    literals++;
                }
            }
            if (matches && (best == null || literals > best.literals())) {
                best = new PathMatch(entry.getValue(), variables, literals);
            }
        }
        return best;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Rewrites every local $ref to an absolute one, so any schema node resolves on its own. */
    private static JsonNode absoluteReferences(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.put("$ref", BASE + ref.asText());
            }
            object.elements().forEachRemaining(OpenApiContract::absoluteReferences);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiContract::absoluteReferences);
        }
        return node;
    }
}
