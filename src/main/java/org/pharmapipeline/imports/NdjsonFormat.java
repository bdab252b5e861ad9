package org.pharmapipeline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemType;
import org.pharmapipeline.web.MergePatch;
import org.pharmapipeline.web.QueryParamConverters;

/**
 * Newline-delimited JSON: one record per line in the API's own request shape, or in the shape a
 * read shows it (as the export and the NDJSON lists write it), with the collection it belongs to
 * ({@code "collection": "companies"}) and, optionally, its id. Lines may come in any order: the
 * records are written collection by collection in the registry's order, so every record is written
 * after those it refers to. Blank lines are ignored.
 */
@ApplicationScoped
public class NdjsonFormat implements ImportFormat<RecordLine> {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    /** The longest line read; a record longer than the API accepts in one body is refused. */
    static final int MAX_LINE = 1024 * 1024;

    @Inject ObjectMapper json;

    @Inject CollectionRegistry collections;

    @Inject Instance<CrudService<?, ?, ?>> services;

    @Override
    public String name() {
        return "ndjson";
    }

    @Override
    public String description() {
        return "One record per line in the API's request shape, with its collection and optional"
                + " id.";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE);
    }

    @Override
    public CollectionUse collectionUse() {
        return CollectionUse.OPTIONAL;
    }

    @Override
    public void check(Upload upload) throws IOException {
        // Every line is judged on its own when the file is read; nothing to refuse it for whole.
    }

    @Override
    public Rows<RecordLine> read(Upload upload) throws IOException {
        return new SortedLines(upload);
    }

    @Override
    public RowWriter<RecordLine> writer(ImportContext context) {
        return new RecordWriter(json, services);
    }

    /** What one line says, or why it cannot be read. */
    RecordLine line(String text, CollectionDefinition<?, ?, ?> restrictedTo) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return RecordLine.unreadable(
                    new ProblemException(
                            400,
                            ProblemType.MALFORMED_JSON,
                            "The line is not valid JSON",
                            "The line could not be parsed as JSON"
                                    + (e.getLocation() == null
                                            ? ""
                                            : " at column " + e.getLocation().getColumnNr())
                                    + ".",
                            List.of(new Problem.Violation("line", "is not valid JSON"))));
        }
        if (node == null || !node.isObject()) {
            return RecordLine.unreadable(
                    ProblemException.invalid("line", "must be one JSON object"));
        }
        ObjectNode body = (ObjectNode) node;
        JsonNode named = body.remove("collection");
        CollectionDefinition<?, ?, ?> collection;
        if (named == null || named.isNull()) {
            if (restrictedTo == null) {
                return RecordLine.unreadable(
                        ProblemException.invalid(
                                "collection",
                                "is required: name the collection of the record ("
                                        + collectionNames()
                                        + ")"));
            }
            collection = restrictedTo;
        } else {
            collection =
                    named.isTextual()
                            ? collections.all().stream()
                                    .filter(c -> c.name().equals(named.asText()))
                                    .findFirst()
                                    .orElse(null)
                            : null;
            if (collection == null) {
                return RecordLine.unreadable(
                        ProblemException.invalid(
                                "collection", "must be one of " + collectionNames()));
            }
            if (restrictedTo != null && collection != restrictedTo) {
                return RecordLine.unreadable(
                        ProblemException.invalid(
                                "collection",
                                "must be "
                                        + restrictedTo.name()
                                        + ", the collection this import writes"));
            }
        }
        UUID id = null;
        JsonNode given = body.get("id");
        if (given != null && !given.isNull()) {
            try {
                id = QueryParamConverters.parseUuid(given.isTextual() ? given.asText() : "");
            } catch (IllegalArgumentException e) {
                return RecordLine.unreadable(ProblemException.invalid("id", "must be a UUID"));
            }
        }
        // A line as an export writes it shows the record as a read does; it states the same
        // request.
        return new RecordLine(
                collection,
                id,
                MergePatch.inputOf(body, collection.request(), collection.response()),
                null);
    }

    private String collectionNames() {
        return String.join(", ", collections.all().stream().map(c -> c.name()).toList());
    }

    /**
     * The lines of the file, sorted into one spill file per collection on a first pass (which also
     * counts them), then read back collection by collection in the registry's order. Lines that
     * cannot be read come first.
     */
    private final class SortedLines implements Rows<RecordLine> {

        private final Upload upload;
        private final Map<String, Path> spills = new LinkedHashMap<>();
        private final List<CollectionDefinition<?, ?, ?>> order = new ArrayList<>();
        private long total;

        SortedLines(Upload upload) throws IOException {
            this.upload = upload;
            Map<String, BufferedWriter> writers = new LinkedHashMap<>();
            try (InputStream in = Files.newInputStream(upload.file());
                    Lines lines = new Lines(in, MAX_LINE)) {
                for (Lines.Line line; (line = lines.next()) != null; ) {
                    if (!line.cut() && line.text().isBlank()) {
                        continue;
                    }
                    total++;
                    String bucket = "";
                    if (!line.cut()) {
                        RecordLine read = line(line.text(), upload.collection());
                        bucket = read.unreadable() == null ? read.collection().name() : "";
                    }
                    BufferedWriter out = writers.get(bucket);
                    if (out == null) {
                        Path spill =
                                Files.createTempFile(
                                        upload.file().getParent(), "import-", ".spill");
                        spills.put(bucket, spill);
                        out = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
                        writers.put(bucket, out);
                    }
                    out.write(Long.toString(line.number()));
                    out.write('\t');
                    out.write(line.cut() ? "" : line.text());
                    out.write('\n');
                }
            } finally {
                for (BufferedWriter out : writers.values()) {
                    out.close();
                }
            }
            order.addAll(collections.all());
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public void forEach(RowConsumer<RecordLine> consumer) throws IOException {
            replay("", consumer);
            for (CollectionDefinition<?, ?, ?> collection : order) {
                replay(collection.name(), consumer);
            }
        }

        private void replay(String bucket, RowConsumer<RecordLine> consumer) throws IOException {
            Path spill = spills.get(bucket);
            if (spill == null) {
                return;
            }
            try (InputStream in = Files.newInputStream(spill);
                    Lines lines = new Lines(in, Integer.MAX_VALUE)) {
                for (Lines.Line line; (line = lines.next()) != null; ) {
                    int tab = line.text().indexOf('\t');
                    long number = Long.parseLong(line.text().substring(0, tab));
                    String text = line.text().substring(tab + 1);
                    RecordLine content =
                            text.isEmpty()
                                    ? RecordLine.unreadable(
                                            ProblemException.invalid(
                                                    "line",
                                                    "is longer than " + MAX_LINE + " characters"))
                                    : line(text, upload.collection());
                    consumer.accept(new Row<>(number, text, content));
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (Path spill : spills.values()) {
                Files.deleteIfExists(spill);
            }
        }
    }
}
