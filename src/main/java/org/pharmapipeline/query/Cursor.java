package org.pharmapipeline.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pharmapipeline.problem.ProblemException;

/**
 * The opaque position of a keyset page: the sort order it belongs to and the sort keys of the last
 * row already seen. Clients treat it as a token; it holds nothing they could not see in the page.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE = "org.pharmapipeline.";
    private static final Map<Class<?>, String> TAGS =
            Map.of(
                    String.class, "s",
                    LocalDate.class, "d",
                    Instant.class, "t",
                    Integer.class, "i",
                    Long.class, "l",
                    BigDecimal.class, "n",
                    Boolean.class, "b",
                    UUID.class, "u");

    private Cursor() {}

    /** The cursor after a row whose sort keys are {@code keys}, in {@code order}. */
    public static String encode(Sorting.Order order, Object[] keys) {
        ObjectNode cursor = JSON.createObjectNode().put("sort", order.name());
        ArrayNode after = cursor.putArray("after");
        for (Object key : keys) {
            after.add(tag(key));
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort keys a cursor continues after; a 400 when it is not one of ours or not for this
     * order.
     */
    public static List<Object> decode(String token, Sorting.Order order) {
        JsonNode cursor;
        try {
            cursor = JSON.readTree(Base64.getUrlDecoder().decode(token.strip()));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
        if (cursor == null || !cursor.path("after").isArray()) {
            throw invalid();
        }
        if (!order.name().equals(cursor.path("sort").asText(null))) {
            throw ProblemException.invalid(
                    "cursor",
                    "belongs to another sort order ('"
                            + cursor.path("sort").asText()
                            + "'); use the same sort as the page it came from");
        }
        JsonNode after = cursor.path("after");
        if (after.size() != order.terms().size()) {
            throw invalid();
        }
        List<Object> keys = new ArrayList<>();
        for (JsonNode key : after) {
            keys.add(untag(key));
        }
        return keys;
    }

    private static JsonNode tag(Object key) {
        ArrayNode pair = JSON.createArrayNode();
        if (key == null) {
            return pair.add("null");
        }
        String type;
        if (key instanceof Enum<?> e) {
            type = "e:" + e.getDeclaringClass().getName();
        } else {
            type = TAGS.get(key.getClass());
            if (type == null) {
                throw new IllegalStateException("no cursor form for sort key " + key.getClass());
            }
        }
        String text = key instanceof Enum<?> e ? e.name() : key.toString();
        return pair.add(type).add(text);
    }

    private static Object untag(JsonNode pair) {
        String type = pair.path(0).asText("");
        if (type.equals("null") && pair.size() == 1) {
            return null;
        }
        String text = pair.path(1).textValue();
        if (pair.size() != 2 || text == null) {
            throw invalid();
        }
        try {
            return switch (type) {
                case "s" -> text;
                case "d" -> LocalDate.parse(text);
                case "t" -> Instant.parse(text);
                case "i" -> Integer.valueOf(text);
                case "l" -> Long.valueOf(text);
                case "n" -> new BigDecimal(text);
                case "b" -> Boolean.valueOf(text);
                case "u" -> UUID.fromString(text);
                default -> enumValue(type, text);
            };
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String type, String name) {
        String className = type.startsWith("e:") ? type.substring(2) : "";
        if (!className.startsWith(PACKAGE)) {
            throw invalid();
        }
        try {
            Class<?> c = Class.forName(className, false, Cursor.class.getClassLoader());
            if (!c.isEnum()) {
                throw invalid();
            }
            return Enum.valueOf((Class<Enum>) c, name);
        } catch (ClassNotFoundException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(
                "cursor", "is not a cursor this service issued; take nextCursor from a page");
    }
}
