package org.pharmapipeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordCsv;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.Fields;
import org.pharmapipeline.web.StreamedBody;

/**
 * The parts of the contract that come from the collection registry, added when the service starts
 * (the registry is made of the collections the application produces, which the build-time steps of
 * {@link OpenApiDocumentation} cannot see): each collection's tag and its description, the summary
 * of its deletion, the values of {@link RecordKind}, request examples from the bundled Ceplene
 * dataset (the first record of the collection's section, less its id), the index as the example of
 * itself, each list's sort fields, and the parts features document themselves ({@link
 * ContractPart}).
 */
@Singleton
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class CollectionDocumentation implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject CollectionRegistry collections;

    @Inject @All List<ContractPart> parts;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        tags(openAPI);
        deletions(openAPI);
        kinds(openAPI);
        examples(openAPI);
        sorts(openAPI);
        counts(openAPI);
        fields(openAPI);
        streams(openAPI);
        parts.forEach(part -> part.document(openAPI));
    }

    /**
     * Each collection's sparse fieldsets: the properties its list and read may keep ({@link
     * SparseFieldsetSchemas} makes the record schema require only the id).
     */
    private void fields(OpenAPI openAPI) {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            List<Object> names = new ArrayList<>(collection.fields());
            String description =
                    "Comma-separated properties to keep (the id always); the others are left out."
                            + " Empty means the whole record. One of: "
                            + String.join(", ", collection.fields())
                            + ".";
            List<Object> example = List.of(Fields.ID, names.get(names.size() > 6 ? 6 : 1));
            for (String path : List.of(collection.path(), collection.path() + "/{id}")) {
                PathItem item = openAPI.getPaths().getPathItem(path);
                if (item != null) {
                    ClosedSets.commaSeparated(
                            item.getGET(), Fields.PARAMETER, names, example, description);
                }
            }
        }
    }

    /**
     * Each list's other answers: the whole filtered list as NDJSON (each line a record as a read
     * shows it) or as CSV (the CSV the import reads), streamed; files rather than JSON, so with
     * examples and no schema.
     */
    private void streams(OpenAPI openAPI) {
        Map<String, Schema> schemas = schemas(openAPI);
        JsonNode dataset = dataset();
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            PathItem list = openAPI.getPaths().getPathItem(collection.path());
            if (list == null
                    || list.getGET() == null
                    || list.getGET().getResponses().getAPIResponse("200") == null) {
                continue;
            }
            Operation operation = list.getGET();
            var ok = operation.getResponses().getAPIResponse("200");
            if (ok.getContent() == null
                    || ok.getContent().getMediaType(StreamedBody.NDJSON) == null) {
                continue;
            }
            ok.getContent()
                    .addMediaType(
                            StreamedBody.NDJSON,
                            OASFactory.createMediaType()
                                    .example(line(shown(collection, schemas, dataset)) + "\n"));
            ok.getContent()
                    .addMediaType(
                            StreamedBody.CSV,
                            OASFactory.createMediaType()
                                    .example(
                                            csvExample(
                                                    collection,
                                                    dataset.path(collection.datasetSection())
                                                            .path(0))));
            ok.setDescription(
                    "A page of records (JSON); or, as the Accept header asks, every record the"
                            + " filters match in the order asked, streamed: one record per line"
                            + " as a read of it shows it (application/x-ndjson), or the CSV the"
                            + " import of "
                            + collection.name()
                            + " reads, a header row naming the id and the request's fields"
                            + " (text/csv).");
            operation.setDescription(
                    operation.getDescription()
                            + " With Accept: application/x-ndjson or text/csv the answer is the"
                            + " whole filtered list rather than a page, streamed (page and size do"
                            + " not apply; a cursor starts it after that record); a filter that is"
                            + " wrong is still a 400 problem, before anything is streamed.");
        }
        PathItem export = openAPI.getPaths().getPathItem(CollectionDefinition.API + "export");
        if (export != null && export.getGET() != null) {
            StringBuilder lines = new StringBuilder();
            for (CollectionDefinition<?, ?, ?> collection : collections.all().subList(0, 2)) {
                ObjectNode line = JSON.createObjectNode().put("collection", collection.name());
                line.setAll(shown(collection, schemas, dataset));
                lines.append(line(line)).append("\n");
            }
            export.getGET()
                    .getResponses()
                    .getAPIResponse("200")
                    .getContent()
                    .getMediaType(StreamedBody.NDJSON)
                    .setExample(lines.toString());
        }
    }

    /**
     * The dataset's first record of a collection as a read shows it: its values, the records it
     * refers to by id and name, and an example of what the dataset does not hold (times, derived
     * values).
     */
    private ObjectNode shown(
            CollectionDefinition<?, ?, ?> collection,
            Map<String, Schema> schemas,
            JsonNode dataset) {
        JsonNode first = dataset.path(collection.datasetSection()).path(0);
        ObjectNode shown = JSON.createObjectNode();
        if (!(example(schemas.get(schemaName(collection.response())), schemas, 0)
                instanceof Map<?, ?> properties)) {
            return shown;
        }
        properties.forEach(
                (key, value) -> {
                    String name = (String) key;
                    if (first.has(name)) {
                        shown.set(name, first.get(name));
                    } else if (first.has(name + "Id") && value instanceof Map<?, ?> reference) {
                        shown.putObject(name)
                                .put("id", first.get(name + "Id").asText())
                                .putPOJO("name", reference.get("name"));
                    } else if (name.equals("createdBy") || name.equals("updatedBy")) {
                        shown.put(name, "seed");
                    } else {
                        shown.set(name, JSON.valueToTree(value));
                    }
                });
        return shown;
    }

    private static String line(JsonNode record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header and one row of the dataset's first record, as a list answers CSV. */
    private String csvExample(CollectionDefinition<?, ?, ?> collection, JsonNode first) {
        RecordCsv csv = new RecordCsv(collection, JSON);
        StringBuilder text = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(csv.header());
            if (first.isObject()) {
                printer.printRecord(csv.row(first.path("id").asText(""), first));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace("\r\n", "\n");
    }

    /**
     * An example of a value of a schema, from the examples its properties give: a property without
     * one takes a plain value of its type, a list is empty unless its items have an example.
     */
    private static Object example(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 3) {
            return null;
        }
        if (schema.getRef() != null) {
            return example(
                    schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)),
                    schemas,
                    depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        for (List<Schema> alternatives :
                java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    Object value = example(alternative, schemas, depth);
                    if (value != null) {
                        return value;
                    }
                }
                return null;
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (schema.getProperties() != null) {
            Map<String, Object> object = new java.util.LinkedHashMap<>();
            schema.getProperties()
                    .forEach(
                            (name, property) ->
                                    object.put(name, example(property, schemas, depth + 1)));
            return object;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item =
                    schema.getItems() == null
                            ? null
                            : example(schema.getItems(), schemas, depth + 1);
            return item == null || item instanceof Map<?, ?> ? List.of() : List.of(item);
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date-time" -> "2026-12-02T13:00:00Z";
            case "date" -> "2008-02-27";
            case "uuid" -> "3f6c2a7e-0c1d-4a55-9a10-000000000101";
            default ->
                    types.contains(Schema.SchemaType.INTEGER)
                            ? 0
                            : types.contains(Schema.SchemaType.BOOLEAN) ? Boolean.FALSE : null;
        };
    }

    /** Each collection's count fields, from its declaration. */
    private void counts(OpenAPI openAPI) {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            PathItem counts = openAPI.getPaths().getPathItem(collection.path() + "/counts");
            if (counts == null || collection.countFields().isEmpty()) {
                continue;
            }
            List<Object> accepted = new ArrayList<>();
            collection.countFields().forEach(f -> accepted.addAll(f.accepted()));
            ClosedSets.commaSeparated(
                    counts.getGET(),
                    "by",
                    accepted,
                    List.of(accepted.get(0)),
                    "Comma-separated fields to count by, one to "
                            + CountParams.MAX_FIELDS
                            + ": "
                            + accepted.stream()
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", "))
                            + ". A date field takes its unit (year, quarter or month) after a"
                            + " colon. A field that refers to another record counts by its id and"
                            + " names it in the bucket's labels; a multi-valued field counts a"
                            + " record once under each of its values.");
            counts.getGET().getParameters().stream()
                    .filter(p -> p.getName().equals("by"))
                    .forEach(
                            p -> {
                                p.setRequired(true);
                                p.getSchema().minItems(1).maxItems(CountParams.MAX_FIELDS);
                            });
        }
    }

    /** Each list's sort fields, from the sorting its service applies. */
    private void sorts(OpenAPI openAPI) {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            PathItem list = openAPI.getPaths().getPathItem(collection.path());
            if (list != null && list.getGET() != null) {
                ClosedSets.sortParameter(
                        list, Arc.container().instance(collection.service()).get().sorting());
            }
        }
    }

    /** "Delete a source document": a deletion is summarised with the collection's noun. */
    private void deletions(OpenAPI openAPI) {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            PathItem item = openAPI.getPaths().getPathItem(collection.path() + "/{id}");
            Operation delete = item == null ? null : item.getDELETE();
            if (delete != null && "Delete".equals(delete.getSummary())) {
                delete.setSummary(
                        "Delete "
                                + OpenApiModel.article(collection.noun())
                                + " "
                                + collection.noun());
            }
        }
    }

    /**
     * Every operation under a collection's path carries its tag (a resource names it with
     * {@code @Tag}, or gets it here), and the tag is described by the collection's declaration.
     */
    private void tags(OpenAPI openAPI) {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            openAPI.getPaths()
                    .getPathItems()
                    .forEach(
                            (path, item) -> {
                                if (path.equals(collection.path())
                                        || path.startsWith(collection.path() + "/")) {
                                    item.getOperations()
                                            .values()
                                            .forEach(
                                                    operation -> {
                                                        if (operation.getTags() == null
                                                                || operation.getTags().isEmpty()) {
                                                            operation.addTag(collection.tag());
                                                        }
                                                    });
                                }
                            });
            Tag tag =
                    openAPI.getTags() == null
                            ? null
                            : openAPI.getTags().stream()
                                    .filter(t -> t.getName().equals(collection.tag()))
                                    .findFirst()
                                    .orElse(null);
            if (tag == null) {
                tag = OASFactory.createTag().name(collection.tag());
                openAPI.addTag(tag);
            }
            tag.setDescription(collection.tagDescription());
        }
        List<Tag> sorted = new ArrayList<>(openAPI.getTags());
        sorted.sort(Comparator.comparing(Tag::getName));
        openAPI.setTags(sorted);
    }

    /** The kinds of record are the registered collections', in search order. */
    private void kinds(OpenAPI openAPI) {
        Schema kind = schemas(openAPI).get("RecordKind");
        if (kind != null) {
            kind.setEnumeration(
                    collections.byKind().stream().map(c -> (Object) c.kind().name()).toList());
        }
    }

    private void examples(OpenAPI openAPI) {
        Map<String, Schema> schemas = schemas(openAPI);
        JsonNode dataset = dataset();
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            Schema input = schemas.get(schemaName(collection.request()));
            JsonNode first = dataset.path(collection.datasetSection()).path(0);
            if (input != null && first.isObject()) {
                ObjectNode example = ((ObjectNode) first).deepCopy();
                example.remove("id");
                input.setExample(JSON.convertValue(example, Map.class));
            }
        }
        Schema index = schemas.get("ApiIndex");
        if (index != null) {
            index.setExample(JSON.convertValue(ApiIndexResource.index(collections), Map.class));
        }
    }

    private static Map<String, Schema> schemas(OpenAPI openAPI) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas();
    }

    /** The name a request type has in the contract: its @Schema name, else its simple name. */
    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema schema =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static JsonNode dataset() {
        try (InputStream in =
                Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream("seed/ceplene.json")) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
