package org.pharmapipeline.api;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the schemas say what bodies really hold. Responses are written with every property, null
 * included, so every property of a response schema is required, and nullable where the DTO says so.
 * Requests may leave out any optional property or send it as null, so optional input properties
 * accept null. A schema used both ways (a citation, say) gets an input twin, since what is required
 * differs.
 */
final class SchemaShapes {

    private static final String SCHEMAS = OpenApiModel.SCHEMAS;

    /** Problem details leave out empty members (instance, violations), unlike records. */
    private static final Set<String> OMITS_EMPTY = Set.of("Problem");

    private SchemaShapes() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requests = reachable(requestRoots(openAPI), schemas);
        Set<String> responses = reachable(responseRoots(openAPI), schemas);
        Map<String, String> twins = new LinkedHashMap<>();
        for (String name : requests) {
            if (responses.contains(name) && hasProperties(schemas.get(name))) {
                twins.put(name, name + "Input");
            }
        }
        for (Map.Entry<String, String> twin : twins.entrySet()) {
            openAPI.getComponents().addSchema(twin.getValue(), copy(schemas.get(twin.getKey())));
        }
        schemas = openAPI.getComponents().getSchemas();
        Set<String> inputs = new LinkedHashSet<>();
        for (String name : requests) {
            inputs.add(twins.getOrDefault(name, name));
        }
        for (String name : inputs) {
            Schema schema = schemas.get(name);
            visit(schema, s -> renameReferences(s, twins));
            optionalAcceptsNull(schema);
        }
        renameRequestReferences(openAPI, twins);
        for (String name : responses) {
            Schema schema = schemas.get(name);
            if (hasProperties(schema) && !OMITS_EMPTY.contains(name)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(schema -> visit(schema, SchemaShapes::describeDigits));
    }

    /** A property that may be left out may also be sent as null, which Jackson reads alike. */
    static void optionalAcceptsNull(Schema schema) {
        if (!hasProperties(schema)) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties()
                .forEach(
                        (name, property) -> {
                            if (!required.contains(name)) {
                                nullable(property);
                            }
                        });
    }

    /** Lets a property schema also accept null. */
    static void nullable(Schema property) {
        if (property.getRef() != null) {
            Schema target = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setType(null);
            property.setAnyOf(new ArrayList<>(List.of(target, nullType())));
        } else if (property.getAnyOf() != null) {
            if (property.getAnyOf().stream().noneMatch(SchemaShapes::isNullType)) {
                property.addAnyOf(nullType());
            }
        } else if (property.getType() != null
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /**
     * Bean Validation's @Digits becomes multipleOf, which binary floating point cannot check
     * (0.0096 is no exact multiple of 1e-10 in a double): the limit is stated in words instead.
     */
    private static void describeDigits(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step == null) {
            return;
        }
        schema.setMultipleOf(null);
        String limit =
                "At most " + Math.max(step.stripTrailingZeros().scale(), 0) + " decimal places.";
        schema.setDescription(
                schema.getDescription() == null ? limit : schema.getDescription() + " " + limit);
    }

    /** A deep copy of a schema. */
    static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        Map<String, Object> all = new LinkedHashMap<>();
        schema.getAll().forEach((key, value) -> all.put(key, copyValue(value)));
        copy.setAll(all);
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Schema schema) {
            return copy(schema);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copyValue(v)));
            return copy;
        }
        return value;
    }

    /** Calls {@code action} on a schema and every schema nested in it (not following $ref). */
    static void visit(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> visit(p, action));
        }
        visit(schema.getItems(), action);
        for (List<Schema> list :
                new ArrayList<List<Schema>>(
                        java.util.Arrays.asList(
                                schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()))) {
            if (list != null) {
                list.forEach(s -> visit(s, action));
            }
        }
    }

    private static void renameReferences(Schema schema, Map<String, String> renames) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS)) {
            String target = renames.get(ref.substring(SCHEMAS.length()));
            if (target != null) {
                schema.setRef(SCHEMAS + target);
            }
        }
    }

    private static void renameRequestReferences(OpenAPI openAPI, Map<String, String> renames) {
        forEachOperation(
                openAPI,
                operation -> {
                    if (operation.getRequestBody() != null) {
                        schemasOf(operation.getRequestBody().getContent())
                                .forEach(s -> visit(s, x -> renameReferences(x, renames)));
                    }
                });
    }

    private static boolean hasProperties(Schema schema) {
        return schema != null
                && schema.getProperties() != null
                && !schema.getProperties().isEmpty();
    }

    private static List<Schema> requestRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        forEachOperation(
                openAPI,
                operation -> {
                    if (operation.getRequestBody() != null) {
                        roots.addAll(schemasOf(operation.getRequestBody().getContent()));
                    }
                });
        return roots;
    }

    private static List<Schema> responseRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        forEachOperation(
                openAPI,
                operation -> {
                    if (operation.getResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> roots.addAll(schemasOf(r.getContent())));
                    }
                });
        if (openAPI.getComponents().getResponses() != null) {
            for (APIResponse response : openAPI.getComponents().getResponses().values()) {
                roots.addAll(schemasOf(response.getContent()));
            }
        }
        return roots;
    }

    private static List<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .toList();
    }

    static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(action));
    }

    /** The names of the component schemas reachable from some schemas through $ref. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            visit(
                    pending.pop(),
                    s -> {
                        String ref = s.getRef();
                        if (ref != null && ref.startsWith(SCHEMAS)) {
                            String name = ref.substring(SCHEMAS.length());
                            if (schemas.containsKey(name) && found.add(name)) {
                                pending.push(schemas.get(name));
                            }
                        }
                    });
        }
        return found;
    }
}
