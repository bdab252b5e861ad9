package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class CursorTest {

    enum Outcome {
        POSITIVE,
        NEGATIVE
    }

    static final Sorting SORTING =
            Sorting.by("date")
                    .field("outcome", "e.outcome", Outcome.class)
                    .optionalField("date", "e.date", LocalDate.class)
                    .field("value", "e.value", BigDecimal.class)
                    .field("rank", "e.rank", Integer.class)
                    .field("name", "e.name", String.class);

    static final UUID ID = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000503");

    @Test
    void shouldReadBackEveryKindOfKeyItWrote() {
        Sorting.Order order = SORTING.order("-outcome,date,value,rank,name,createdAt");
        Object[] keys = {
            Outcome.NEGATIVE,
            LocalDate.of(2008, 2, 1),
            new BigDecimal("300000000.0000"),
            7,
            "Ceplene, \"quoted\"",
            Instant.parse("2026-11-21T10:15:30.123456Z"),
            ID
        };
        assertEquals(Arrays.asList(keys), Cursor.decode(Cursor.encode(order, keys), order));
    }

    @Test
    void shouldReadBackAMissingValueOfAFieldThatMayMissOne() {
        Sorting.Order order = SORTING.order("date");
        Object[] keys = {null, ID};
        assertEquals(Arrays.asList(keys), Cursor.decode(Cursor.encode(order, keys), order));
    }

    @Test
    void shouldNameNoClassInTheCursor() {
        Sorting.Order order = SORTING.order("outcome");
        String json = json(Cursor.encode(order, new Object[] {Outcome.POSITIVE, ID}));
        assertEquals(
                "{\"sort\":\"outcome\",\"after\":[[\"e\",\"POSITIVE\"],[\"u\",\"" + ID + "\"]]}",
                json);
    }

    @Test
    void shouldRefuseACursorOfAnotherSortOrderSayingSo() {
        String cursor = Cursor.encode(SORTING.order("name"), new Object[] {"Ceplene", ID});
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () -> Cursor.decode(cursor, SORTING.order("-name")));
        assertEquals("cursor", e.violations().get(0).field());
        assertEquals(
                "belongs to another sort order ('name'); use the same sort as the page it came"
                        + " from",
                e.violations().get(0).message());
    }

    @Test
    void shouldRefuseTamperedCursors() {
        Sorting.Order order = SORTING.order("rank");
        String valid = Cursor.encode(order, new Object[] {7, ID});
        for (String tampered :
                List.of(
                        "not a cursor",
                        valid.substring(0, valid.length() - 3),
                        token("[]"),
                        token("{\"sort\":\"rank\"}"),
                        token("{\"sort\":\"rank\",\"after\":[[\"i\",\"7\"]]}"),
                        token(
                                "{\"sort\":\"rank\",\"after\":[[\"i\",\"seven\"],[\"u\",\""
                                        + ID
                                        + "\"]]}"),
                        token("{\"sort\":\"rank\",\"after\":[[\"i\",7],[\"u\",\"" + ID + "\"]]}"),
                        token(
                                "{\"sort\":\"rank\",\"after\":[[\"i\",\"7\",\"8\"],[\"u\",\""
                                        + ID
                                        + "\"]]}"))) {
            assertInvalid(tampered, order);
        }
    }

    @Test
    void shouldRefuseAForgedKeyOfAnotherTypeThanItsField() {
        Sorting.Order order = SORTING.order("outcome");
        for (String forged :
                List.of(
                        // a key tagged as another type
                        "[\"s\",\"POSITIVE\"]",
                        // the old form, naming a class to load
                        "[\"e:java.lang.Thread$State\",\"NEW\"]",
                        // a constant the enum does not have
                        "[\"e\",\"MAYBE\"]",
                        // a missing value where the field always has one
                        "[\"null\"]")) {
            assertInvalid(
                    token(
                            "{\"sort\":\"outcome\",\"after\":["
                                    + forged
                                    + ",[\"u\",\""
                                    + ID
                                    + "\"]]}"),
                    order);
        }
    }

    @Test
    void shouldRefuseToWriteAKeyOfAnotherTypeThanItsFieldDeclares() {
        Sorting.Order order = SORTING.order("rank");
        assertThrows(
                IllegalStateException.class, () -> Cursor.encode(order, new Object[] {7L, ID}));
    }

    private static void assertInvalid(String cursor, Sorting.Order order) {
        ProblemException e =
                assertThrows(ProblemException.class, () -> Cursor.decode(cursor, order), cursor);
        assertEquals(400, e.status());
        assertEquals("cursor", e.violations().get(0).field());
        assertTrue(
                e.violations().get(0).message().startsWith("is not a cursor this service issued"));
    }

    private static String token(String json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String token) {
        return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    }
}
