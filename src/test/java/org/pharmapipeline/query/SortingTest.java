package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class SortingTest {

    enum Colour {
        RED,
        BLUE
    }

    static final Sorting SORTING =
            Sorting.by("-date")
                    .field("name", "e.name", String.class)
                    .optionalField("date", "e.date", LocalDate.class)
                    .field("colour", "e.colour", Colour.class);

    static final UUID ID = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000501");

    @Test
    void shouldSortByTheDefaultWhenNoSortIsGiven() {
        Sorting.Order order = SORTING.order(null);
        assertEquals("-date", order.name());
        assertEquals("e.date desc, e.id asc", order.orderBy());
        assertEquals(order, SORTING.order("  "));
    }

    @Test
    void shouldLeadWithThePathsAFilterHoldsToOneValueInTheFirstKeysDirection() {
        Where where = Where.create().eq("e.agency", "CHMP").eq("e.colour", Colour.RED);
        assertEquals(List.of("e.agency", "e.colour"), where.pinned());
        assertEquals(
                "e.agency desc, e.date desc, e.id asc",
                SORTING.order("-date").orderBy(List.of("e.agency")));
        // a pinned path that is a sort key already is not repeated
        assertEquals(
                "e.agency asc, e.colour asc, e.name desc, e.id asc",
                SORTING.order("colour,-name").orderBy(where.pinned()));
        assertEquals("e.name asc, e.id asc", SORTING.order("name").orderBy(List.of()));
        assertEquals(List.of(), Where.create().eq("e.agency", null).pinned());
    }

    @Test
    void shouldBreakTiesByTheIdSoPagesNeverOverlap() {
        Sorting.Order order = SORTING.order("colour,-name");
        assertEquals("e.colour asc, e.name desc, e.id asc", order.orderBy());
        assertEquals("e.colour, e.name, e.id", order.keys());
        assertEquals(UUID.class, order.terms().get(2).field().type());
    }

    @Test
    void shouldNormaliseTheSortItWasGivenAndKeepTheFirstOfARepeatedField() {
        Sorting.Order order = SORTING.order(" +name , ,-name,createdAt");
        assertEquals("name,createdAt", order.name());
        assertEquals("e.name asc, e.createdAt asc, e.id asc", order.orderBy());
    }

    @Test
    void shouldRefuseAnUnknownFieldNamingTheAcceptedOnes() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> SORTING.order("-colour,size"));
        assertEquals(400, e.status());
        assertEquals("sort", e.violations().get(0).field());
        assertEquals(
                "'size' is not a sort field; use one of colour, createdAt, date, name, updatedAt",
                e.violations().get(0).message());
    }

    @Test
    void shouldRefuseToSortByAFieldACursorCannotHold() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Sorting.by("x").field("x", "e.x", StringBuilder.class));
    }

    @Test
    void shouldContinueAfterAPresentValueAndIncludeTheMissingOnesAscending() {
        // Missing values sort as the highest: after every present date, ascending.
        Where where = Where.create();
        SORTING.order("date").after(where, Arrays.asList(LocalDate.of(2008, 2, 1), ID));
        assertEquals(
                " where ((((e.date > :k0 or e.date is null)) or (e.date = :k0 and e.id > :k1)))",
                where.jpql());
        assertEquals(Map.of("k0", LocalDate.of(2008, 2, 1), "k1", ID), where.params());
    }

    @Test
    void shouldContinueAfterAMissingValueWithTheOtherMissingOnesOnlyAscending() {
        Where where = Where.create();
        SORTING.order("date").after(where, Arrays.asList(null, ID));
        assertEquals(" where (e.date is null and ((e.date is null and e.id > :k1)))", where.jpql());
        assertEquals(Map.of("k1", ID), where.params());
    }

    @Test
    void shouldContinueAfterAMissingValueIntoThePresentOnesDescending() {
        // Descending, the missing values come first: after the last of them, every present one.
        Where where = Where.create();
        SORTING.order("-date").after(where, Arrays.asList(null, ID));
        assertEquals(
                " where (((e.date is not null) or (e.date is null and e.id > :k1)))", where.jpql());
    }

    @Test
    void shouldSeekOnTheFirstKeyWhenItCanNeverBeMissing() {
        Where where = Where.create();
        SORTING.order("-name").after(where, List.of("Ceplene", ID));
        assertTrue(where.jpql().startsWith(" where (e.name <= :k0 and ("), where.jpql());
        assertTrue(where.jpql().contains("(e.name < :k0)"), where.jpql());
        assertTrue(where.jpql().contains("(e.name = :k0 and e.id > :k1)"), where.jpql());
    }
}
