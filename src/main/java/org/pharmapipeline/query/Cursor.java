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
import java.util.function.Function;
import org.pharmapipeline.problem.ProblemException;

/**
 * The opaque position of a keyset page: the sort order it belongs to and the sort keys of the last
 * row already seen. Clients treat it as a token; it holds nothing they could not see in the page.
 *
 * <p>Each key is written with a tag of its type, and read back as the type its sort field declares
 * ({@link Sorting.Field#type()}): a cursor names no class, and nothing in it chooses what is
 * loaded. A key whose tag is not its field's, or whose text does not parse, makes the whole cursor
 * a 400.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a key of each type is tagged and read back. */
    private record Form(String tag, Function<String, Object> read) {}

    private static final Map<Class<?>, Form> FORMS =
            Map.of(
                    String.class, new Form("s", text -> text),
                    LocalDate.class, new Form("d", LocalDate::parse),
                    Instant.class, new Form("t", Instant::parse),
                    Integer.class, new Form("i", Integer::valueOf),
                    Long.class, new Form("l", Long::valueOf),
                    BigDecimal.class, new Form("n", BigDecimal::new),
                    Boolean.class, new Form("b", Cursor::parseBoolean),
                    UUID.class, new Form("u", UUID::fromString));

    private static final String ENUM = "e";
    private static final String NULL = "null";

    private Cursor() {}

    /** Whether a cursor can hold sort keys of this type. */
    static boolean holds(Class<?> type) {
        return type.isEnum() || FORMS.containsKey(type);
    }

    /** The cursor after a row whose sort keys are {@code keys}, in {@code order}. */
    public static String encode(Sorting.Order order, Object[] keys) {
        ObjectNode cursor = JSON.createObjectNode().put("sort", order.name());
        ArrayNode after = cursor.putArray("after");
        for (int i = 0; i < keys.length; i++) {
            after.add(tag(order.terms().get(i).field(), keys[i]));
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
        for (int i = 0; i < after.size(); i++) {
            keys.add(untag(order.terms().get(i).field(), after.get(i)));
        }
        return keys;
    }

    private static JsonNode tag(Sorting.Field field, Object key) {
        ArrayNode pair = JSON.createArrayNode();
        if (key == null) {
            return pair.add(NULL);
        }
        if (!field.type().isInstance(key)) {
            throw new IllegalStateException(
                    "sort field "
                            + field.name()
                            + " is declared "
                            + field.type().getSimpleName()
                            + " but holds a "
                            + key.getClass().getSimpleName());
        }
        if (key instanceof Enum<?> constant) {
            return pair.add(ENUM).add(constant.name());
        }
        return pair.add(FORMS.get(field.type()).tag()).add(key.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object untag(Sorting.Field field, JsonNode pair) {
        String tag = pair.path(0).asText("");
        if (tag.equals(NULL) && pair.size() == 1) {
            if (!field.optional()) {
                throw invalid();
            }
            return null;
        }
        String text = pair.path(1).textValue();
        if (pair.size() != 2 || text == null) {
            throw invalid();
        }
        try {
            if (field.type().isEnum()) {
                if (!tag.equals(ENUM)) {
                    throw invalid();
                }
                return Enum.valueOf((Class<Enum>) field.type(), text);
            }
            Form form = FORMS.get(field.type());
            if (!tag.equals(form.tag())) {
                throw invalid();
            }
            return form.read().apply(text);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static Boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(
                "cursor", "is not a cursor this service issued; take nextCursor from a page");
    }
}
