package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.problem.ProblemException;

@Tag("plain")
class FieldsTest {

    private static final List<String> CANDIDATE = List.of("id", "version", "name", "highestPhase");

    @Test
    void shouldAlwaysKeepTheId() {
        assertEquals(Set.of("id", "name"), Fields.parse("name", CANDIDATE).names());
    }

    @Test
    void shouldReadNamesWithSpacesAroundThem() {
        assertEquals(
                Set.of("id", "name", "highestPhase"),
                Fields.parse(" name , highestPhase", CANDIDATE).names());
    }

    @Test
    void shouldMeanTheWholeRecordWhenNoFieldIsNamed() {
        assertNull(Fields.parse(null, CANDIDATE));
        assertNull(Fields.parse("  ", CANDIDATE));
    }

    @Test
    void shouldNameTheUnknownFieldAndTheKnownOnes() {
        ProblemException problem =
                assertThrows(ProblemException.class, () -> Fields.parse("name,colour", CANDIDATE));
        assertEquals(400, problem.getResponse().getStatus());
        assertTrue(problem.getMessage().contains("'colour'"), problem.getMessage());
        assertTrue(problem.getMessage().contains("highestPhase"), problem.getMessage());
    }

    @Test
    void shouldRefuseAnEmptyNameBetweenCommas() {
        assertThrows(ProblemException.class, () -> Fields.parse("name,,version", CANDIDATE));
    }

    @Test
    void shouldLeaveOutEveryPropertyNotChosen() {
        ObjectNode record =
                new ObjectMapper()
                        .createObjectNode()
                        .put("id", "x")
                        .put("version", 3)
                        .put("name", "Ceplene")
                        .putNull("highestPhase");
        Fields.parse("highestPhase", CANDIDATE).apply(record);
        assertEquals(Set.of("id", "highestPhase"), Set.copyOf(iterable(record)));
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
