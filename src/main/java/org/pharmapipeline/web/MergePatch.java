package org.pharmapipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) over a record's input form. A response is first turned back into the
 * request that would recreate it (nested references such as {@code "owner": {"id": ...}} become
 * {@code ownerId}), so a client patches exactly the fields it could send in a PUT.
 */
public final class MergePatch {

    private MergePatch() {}

    /** Applies a merge patch to a target document, returning the merged document. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject()
                        ? ((ObjectNode) target).deepCopy()
                        : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** The request of type {@code requestType} that would recreate the given response. */
    public static ObjectNode requestOf(JsonNode response, Class<?> requestType) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        for (RecordComponent component : requestType.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = response.get(name);
            if (value == null && name.endsWith("Id")) {
                JsonNode reference = response.get(name.substring(0, name.length() - 2));
                value = reference != null && reference.isObject() ? reference.get("id") : null;
            }
            if (value == null || value.isNull()) {
                continue;
            }
            request.set(name, convert(value, component.getType(), component.getGenericType()));
        }
        return request;
    }

    /**
     * A record as a client sent it, which may be in the shape a read shows it (as an export writes
     * it), read as the request of type {@code requestType}: the properties only a response has
     * (those of {@code responseType} the request lacks: the id, version and times, values derived
     * from other records) are left out, and a reference shown as an object ({@code "owner": {"id":
     * ...}}) becomes the id the request names it by ({@code ownerId}), in nested records too. What
     * is in neither shape stays, for the request's reader to refuse by name; a body in the request
     * shape passes unchanged.
     */
    public static ObjectNode inputOf(ObjectNode body, Class<?> requestType, Class<?> responseType) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            RecordComponent asked = component(requestType, name);
            RecordComponent shown = component(responseType, name);
            if (asked != null) {
                input.set(name, inputValue(value, asked, shown));
            } else if (shown == null) {
                input.set(name, value);
            } else if (component(requestType, name + "Id") != null
                    && value.isObject()
                    && value.has("id")
                    && !body.has(name + "Id")) {
                input.set(name + "Id", value.get("id"));
            }
        }
        return input;
    }

    private static JsonNode inputValue(
            JsonNode value, RecordComponent asked, RecordComponent shown) {
        if (asked.getType().isRecord() && value.isObject()) {
            return inputOf(
                    (ObjectNode) value, asked.getType(), shown == null ? null : shown.getType());
        }
        Class<?> askedElement = recordElement(asked);
        if (askedElement != null && value.isArray()) {
            Class<?> shownElement = shown == null ? null : recordElement(shown);
            var items = JsonNodeFactory.instance.arrayNode();
            value.forEach(
                    item ->
                            items.add(
                                    item.isObject()
                                            ? inputOf((ObjectNode) item, askedElement, shownElement)
                                            : item));
            return items;
        }
        return value;
    }

    /** The record type of the elements of a list component, or null. */
    private static Class<?> recordElement(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.isRecord()
                ? element
                : null;
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static JsonNode convert(JsonNode value, Class<?> type, Type generic) {
        if (type.isRecord() && value.isObject()) {
            return requestOf(value, type);
        }
        if (value.isArray()
                && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            var items = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> items.add(item.isObject() ? requestOf(item, element) : item));
            return items;
        }
        return value;
    }
}
