package org.pharmapipeline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pharmapipeline.web.MergePatch;

/**
 * Records of one collection as CSV rows in the form the CSV import reads: a header naming the id
 * and the request's fields, one row per record in its input form (a referenced record by its id:
 * productId). A cell holds a value as text: numbers, dates, enum constants, true or false; a list
 * of such values separated by {@code |} (as a JSON array when a value holds a {@code |}); an object
 * or a list of objects (citations, listings, partners) as its JSON text. A missing value or an
 * empty list is an empty cell.
 */
public final class RecordCsv {

    /** Separates the values of a list field within its cell. */
    public static final String LIST_SEPARATOR = "|";

    private final Class<?> request;
    private final ObjectMapper json;

    public RecordCsv(CollectionDefinition<?, ?, ?> collection, ObjectMapper json) {
        this(collection.request(), json);
    }

    /** Rows of records whose request is {@code request}. */
    RecordCsv(Class<?> request, ObjectMapper json) {
        this.request = request;
        this.json = json;
    }

    /** The header row: id, then the request's fields in order. */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("id");
        Arrays.stream(request.getRecordComponents())
                .map(RecordComponent::getName)
                .forEach(header::add);
        return header;
    }

    /** A record, as a read shows it, as the cells of its row. */
    public List<String> row(Object record) throws JsonProcessingException {
        JsonNode shown = json.valueToTree(record);
        return row(shown.path("id").asText(""), MergePatch.requestOf(shown, request));
    }

    /** A record's id and input form as the cells of its row. */
    public List<String> row(String id, JsonNode input) throws JsonProcessingException {
        List<String> cells = new ArrayList<>();
        cells.add(id);
        for (RecordComponent field : request.getRecordComponents()) {
            cells.add(cell(input.get(field.getName())));
        }
        return cells;
    }

    private String cell(JsonNode value) throws JsonProcessingException {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isContainerNode() || item.isNull()) {
                    return json.writeValueAsString(value);
                }
                String text = scalar(item);
                if (text.contains(LIST_SEPARATOR) || text.isBlank()) {
                    return json.writeValueAsString(value);
                }
                items.add(text);
            }
            String joined = String.join(LIST_SEPARATOR, items);
            return joined.strip().startsWith("[") ? json.writeValueAsString(value) : joined;
        }
        if (value.isObject()) {
            return json.writeValueAsString(value);
        }
        return scalar(value);
    }

    private static String scalar(JsonNode value) {
        return value.isFloatingPointNumber() || value.isBigDecimal()
                ? value.decimalValue().toPlainString()
                : value.asText();
    }
}
