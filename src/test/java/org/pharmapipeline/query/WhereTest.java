package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class WhereTest {

    @Test
    void shouldLeaveOutEveryFilterWhoseValueIsMissing() {
        Where where =
                Where.create()
                        .eq("e.agency", null)
                        .contains(null, "e.description")
                        .contains("  ", "e.description")
                        .clause("e.x = :%s", null)
                        .between("e.date", null, "from", null, "to");
        assertEquals("", where.jpql());
        assertEquals(Map.of(), where.params());
    }

    @Test
    void shouldCombineFiltersWithAndEachBoundToItsOwnParameter() {
        Where where =
                Where.create()
                        .eq("e.agency", "CHMP")
                        .contains("Trend Vote", "e.description", "e.procedure")
                        .clause("e.meshId = :%s or e.efoId = :%s", "D015470");
        assertEquals(
                " where (e.agency = :p0) and (lower(e.description) like :p1 escape '!' or"
                        + " lower(e.procedure) like :p1 escape '!') and (e.meshId = :p2 or e.efoId ="
                        + " :p2)",
                where.jpql());
        assertEquals(Map.of("p0", "CHMP", "p1", "%trend vote%", "p2", "D015470"), where.params());
    }

    @Test
    void shouldBoundARangeAtBothEndsInclusively() {
        Where where =
                Where.create()
                        .between(
                                "e.date",
                                LocalDate.of(2008, 1, 1),
                                "from",
                                LocalDate.of(2008, 12, 31),
                                "to");
        assertEquals(" where (e.date >= :p0) and (e.date <= :p1)", where.jpql());
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                Where.create()
                                        .between(
                                                "e.date",
                                                LocalDate.of(2009, 1, 1),
                                                "from",
                                                LocalDate.of(2008, 1, 1),
                                                "to"));
        assertEquals(400, e.status());
        assertEquals("from", e.violations().get(0).field());
        assertEquals("must not be after to", e.violations().get(0).message());
    }

    @Test
    void shouldMatchLikesCharactersLiterally() {
        assertEquals("%100!% pure!_ness!!%", Where.likePattern(" 100% Pure_Ness! "));
    }
}
