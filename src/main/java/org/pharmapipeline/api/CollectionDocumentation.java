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
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.query.CountParams;
import org.pharmapipeline.query.Fields;

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
