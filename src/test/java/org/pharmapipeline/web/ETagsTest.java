package org.pharmapipeline.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class ETagsTest {

    @Test
    void shouldTagAVersionInQuotes() {
        assertEquals("\"3\"", ETags.of(3));
    }

    @Test
    void shouldAcceptTheCurrentVersionAnyVersionOrAListThatHoldsIt() {
        for (String ifMatch : List.of("\"3\"", " \"3\" ", "*", "\"1\", \"3\"", "W/\"2\",\"3\"")) {
            assertDoesNotThrow(() -> ETags.requireMatch(ifMatch, 3), ifMatch);
        }
    }

    @Test
    void shouldRequireIfMatchWith428() {
        for (String missing : new String[] {null, "", "  "}) {
            ProblemException e =
                    assertThrows(ProblemException.class, () -> ETags.requireMatch(missing, 3));
            assertEquals(428, e.status());
            assertEquals("If-Match", e.violations().get(0).field());
        }
    }

    @Test
    void shouldRefuseWhatIsNoEntityTagWith400() {
        for (String malformed : List.of("3", "W/3", "\"3\" \"4\"", "\"3", "\"3\",", "**")) {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () -> ETags.requireMatch(malformed, 3),
                            malformed);
            assertEquals(400, e.status(), malformed);
            assertEquals("If-Match", e.violations().get(0).field());
        }
    }

    @Test
    void shouldRefuseAnOlderVersionWith412AndCompareStronglyForWrites() {
        for (String stale : List.of("\"2\"", "W/\"3\"", "\"03\"")) {
            ProblemException e =
                    assertThrows(ProblemException.class, () -> ETags.requireMatch(stale, 3), stale);
            assertEquals(412, e.status(), stale);
        }
        assertEquals(
                "If-Match \"2\" does not match the current version \"3\"; read the record again and"
                        + " reapply your change.",
                assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3))
                        .getMessage());
    }

    @Test
    void shouldCompareWeaklyForReads() {
        assertFalse(ETags.noneMatch("W/\"3\"", 3));
        assertFalse(ETags.noneMatch("\"1\", \"3\"", 3));
        assertFalse(ETags.noneMatch("*", 3));
        assertTrue(ETags.noneMatch("\"2\"", 3));
        assertTrue(ETags.noneMatch(null, 3));
    }
}
