package org.pharmapipeline.imports;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.pharmapipeline.collection.CollectionRegistry;

/**
 * What the contract says about uploads that comes from the import formats and the collection
 * registry, added when the service starts: the media types an upload may have (one per format's
 * kind of file, and application/octet-stream), the values of the format and collection parameters,
 * and each collection's own import path (see {@link CollectionImportRoute}). Upload bodies are
 * files, not JSON: their media types carry no schema.
 */
@Singleton
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ImportDocumentation implements OASFilter {

    private static final String EXAMPLE_NDJSON =
            "{\"collection\": \"companies\", \"name\": \"Example Therapeutics\", \"country\": \"SE\"}\n"
                    + "{\"collection\": \"product-candidates\", \"id\": \"7c1e1b52-5d0e-4b8a-9f1e-2f8d7f6a1c02\","
                    + " \"name\": \"EX-101\", \"modality\": \"SMALL_MOLECULE\", \"status\": \"ACTIVE\"}\n";

    private static final String EXAMPLE_CSV =
            "name,country,aliases\nExample Therapeutics,SE,Example|ExTx\n";

    @Inject ImportFormats formats;

    @Inject CollectionRegistry collections;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Object> formatNames = new ArrayList<>();
        Map<String, List<String>> byMediaType = new LinkedHashMap<>();
        for (ImportFormat<?> format : formats.all()) {
            formatNames.add(format.name());
            for (String type : format.mediaTypes()) {
                byMediaType.computeIfAbsent(type, t -> new ArrayList<>()).add(format.name());
            }
        }
        byMediaType.put(ImportService.OCTET_STREAM, List.of("any format named by format"));
        List<Object> collectionNames =
                new ArrayList<>(collections.all().stream().map(c -> (Object) c.name()).toList());
        PathItem imports = openAPI.getPaths().getPathItem(ImportResource.PATH);
        if (imports == null || imports.getPOST() == null) {
            return;
        }
        Operation upload = imports.getPOST();
        document(upload, byMediaType, formatNames, collectionNames);
        collections
                .all()
                .forEach(
                        c ->
                                openAPI.getPaths()
                                        .addPathItem(
                                                c.path() + "/imports",
                                                OASFactory.createPathItem()
                                                        .POST(
                                                                ofCollection(
                                                                        upload, c.name(),
                                                                        c.tag()))));
    }

    /** The upload of one collection's records, on its own path: the upload without collection. */
    private static Operation ofCollection(Operation upload, String collection, String tag) {
        StringBuilder id = new StringBuilder("import");
        for (String word : collection.split("-")) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return OASFactory.createOperation()
                .operationId(id.toString())
                .summary("Import " + collection.replace('-', ' '))
                .description(
                        "As POST "
                                + ImportResource.PATH
                                + " with collection="
                                + collection
                                + ": an NDJSON or CSV file whose records all belong to "
                                + collection
                                + ". "
                                + upload.getDescription())
                .tags(new ArrayList<>(List.of(tag, "Imports")))
                .parameters(
                        new ArrayList<>(
                                upload.getParameters().stream()
                                        .filter(p -> !p.getName().equals("collection"))
                                        .toList()))
                .requestBody(upload.getRequestBody())
                .responses(upload.getResponses())
                .security(upload.getSecurity());
    }

    private static void document(
            Operation upload,
            Map<String, List<String>> byMediaType,
            List<Object> formatNames,
            List<Object> collectionNames) {
        Content content = OASFactory.createContent();
        byMediaType.forEach(
                (type, names) -> {
                    var media = OASFactory.createMediaType();
                    if (type.equals(NdjsonFormat.MEDIA_TYPE)) {
                        media.setExample(EXAMPLE_NDJSON);
                    } else if (type.equals(CsvFormat.MEDIA_TYPE)) {
                        media.setExample(EXAMPLE_CSV);
                    }
                    content.addMediaType(type, media);
                });
        StringBuilder description =
                new StringBuilder(
                        "The file, as the body, streamed; not JSON, so no schema. By media type:");
        byMediaType.forEach(
                (type, names) ->
                        description
                                .append(" ")
                                .append(type)
                                .append(" (")
                                .append(String.join(", ", names))
                                .append(");"));
        upload.setRequestBody(
                OASFactory.createRequestBody()
                        .required(true)
                        .description(description.substring(0, description.length() - 1) + ".")
                        .content(content));
        if (upload.getParameters() == null) {
            return;
        }
        for (Parameter parameter : upload.getParameters()) {
            if (parameter.getName().equals("format")) {
                parameter.getSchema().setEnumeration(formatNames);
            } else if (parameter.getName().equals("collection")) {
                parameter.getSchema().setEnumeration(collectionNames);
            }
        }
    }
}
