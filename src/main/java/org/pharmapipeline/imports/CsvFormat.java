package org.pharmapipeline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.collection.RecordCsv;
import org.pharmapipeline.collection.RecordFields;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.web.QueryParamConverters;

/**
 * Comma-separated values: records of one collection (named by the upload), a header row naming the
 * request's fields (and id, optionally), one record per row. A cell holds the field's value as
 * text: numbers, dates (YYYY-MM-DD), enum constants, true or false; a list of such values separated
 * by {@code |}; an object, or a list of objects (citations, listings, partners), as its JSON text.
 * An empty cell leaves the field out. A list answered as CSV ({@link RecordCsv}) is such a file.
 */
@ApplicationScoped
public class CsvFormat implements ImportFormat<RecordLine> {

    public static final String MEDIA_TYPE = "text/csv";

    /** Separates the values of a list field within its cell. */
    static final String LIST_SEPARATOR = RecordCsv.LIST_SEPARATOR;

    private static final CSVFormat CSV =
            CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true)
                    .get();

    @Inject ObjectMapper json;

    @Inject Instance<CrudService<?, ?, ?>> services;

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "Records of one collection, a header row naming the request's fields.";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE);
    }

    @Override
    public CollectionUse collectionUse() {
        return CollectionUse.REQUIRED;
    }

    @Override
    public void check(Upload upload) throws IOException {
        try (Reader in = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(in)) {
            List<String> unknown = new ArrayList<>();
            for (String column : parser.getHeaderNames()) {
                if (!column.equals("id")
                        && RecordFields.component(upload.collection().request(), column) == null) {
                    unknown.add(column);
                }
            }
            if (parser.getHeaderNames().isEmpty()) {
                throw ProblemException.invalid("body", "has no header row");
            }
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid(
                        "body",
                        "the columns "
                                + unknown
                                + " are not fields of "
                                + upload.collection().name()
                                + "; the header names the fields of its request: "
                                + fields(upload.collection()));
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "is not CSV with a header row");
        }
    }

    private static String fields(CollectionDefinition<?, ?, ?> collection) {
        return String.join(
                ", ",
                Arrays.stream(collection.request().getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }

    @Override
    public Rows<RecordLine> read(Upload upload) throws IOException {
        long total;
        try (Reader in = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(in)) {
            total = parser.stream().count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Rows<>() {
            @Override
            public long total() {
                return total;
            }

            @Override
            public void forEach(RowConsumer<RecordLine> consumer) throws IOException {
                try (Reader in = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8);
                        CSVParser parser = CSV.parse(in)) {
                    for (CSVRecord record : parser) {
                        // The header is row 1, as a spreadsheet shows the file.
                        long number = record.getRecordNumber() + 1;
                        consumer.accept(
                                new Row<>(
                                        number,
                                        String.join(",", record.values()),
                                        line(record.toMap(), upload.collection())));
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    @Override
    public RowWriter<RecordLine> writer(ImportContext context) {
        return new RecordWriter(json, services);
    }

    /** A row's cells as the request body they state. */
    static RecordLine line(Map<String, String> cells, CollectionDefinition<?, ?, ?> collection) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        UUID id = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String value = cell.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            if (cell.getKey().equals("id")) {
                try {
                    id = QueryParamConverters.parseUuid(value);
                } catch (IllegalArgumentException e) {
                    return RecordLine.unreadable(ProblemException.invalid("id", "must be a UUID"));
                }
                continue;
            }
            RecordComponent field = RecordFields.component(collection.request(), cell.getKey());
            try {
                body.set(cell.getKey(), value(value, field.getType(), field.getGenericType()));
            } catch (IOException e) {
                return RecordLine.unreadable(
                        ProblemException.invalid(cell.getKey(), "is not valid JSON"));
            }
        }
        return new RecordLine(collection, id, body, null);
    }

    /**
     * A cell's text as the JSON value of a field of this type. Text that does not fit the type is
     * passed on as text, for the request's own checks to refuse with the field's name.
     */
    static JsonNode value(String text, Class<?> type, Type generic) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (List.class.isAssignableFrom(type)) {
            Type element =
                    generic instanceof ParameterizedType list
                            ? list.getActualTypeArguments()[0]
                            : Object.class;
            Class<?> elementType =
                    element instanceof Class<?> c
                            ? c
                            : element instanceof ParameterizedType p
                                    ? (Class<?>) p.getRawType()
                                    : Object.class;
            if (elementType.isRecord() || text.strip().startsWith("[")) {
                return JSON.readTree(text);
            }
            ArrayNode items = nodes.arrayNode();
            for (String item : text.split("\\" + LIST_SEPARATOR, -1)) {
                items.add(value(item.strip(), elementType, elementType));
            }
            return items;
        }
        if (type.isRecord()) {
            return JSON.readTree(text);
        }
        try {
            if (type == Integer.class || type == int.class) {
                return nodes.numberNode(Integer.parseInt(text.strip()));
            }
            if (type == Long.class || type == long.class) {
                return nodes.numberNode(Long.parseLong(text.strip()));
            }
            if (type == BigDecimal.class || type == Double.class || type == double.class) {
                return nodes.numberNode(new BigDecimal(text.strip()));
            }
        } catch (NumberFormatException e) {
            return nodes.textNode(text);
        }
        if (type == Boolean.class || type == boolean.class) {
            return switch (text.strip()) {
                case "true" -> nodes.booleanNode(true);
                case "false" -> nodes.booleanNode(false);
                default -> nodes.textNode(text);
            };
        }
        return nodes.textNode(text);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
