package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class RevisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void shouldListOnlyTheFieldsWhoseValuesDiffer() throws Exception {
        List<Revision.FieldChange> changes =
                Revisions.changes(
                        json("{\"id\":\"a\",\"version\":1,\"name\":\"A\",\"aliases\":[\"x\"]}"),
                        json(
                                "{\"id\":\"a\",\"version\":2,\"name\":\"A\",\"aliases\":[\"x\",\"y\"]}"));

        assertEquals(1, changes.size());
        assertEquals("aliases", changes.get(0).field());
        assertEquals(json("[\"x\"]"), changes.get(0).oldValue());
        assertEquals(json("[\"x\",\"y\"]"), changes.get(0).newValue());
    }

    @Test
    void shouldListEveryFieldWithAValueForACreationButNoBookkeeping() throws Exception {
        List<Revision.FieldChange> changes =
                Revisions.changes(
                        null,
                        json(
                                "{\"id\":\"a\",\"version\":0,\"updatedBy\":\"me\",\"name\":\"A\","
                                        + "\"country\":null}"));

        assertEquals(
                List.of(new Revision.FieldChange("name", NullNode.getInstance(), json("\"A\""))),
                changes);
    }

    @Test
    void shouldTreatAFieldThatDisappearedAsSetToNull() throws Exception {
        List<Revision.FieldChange> changes =
                Revisions.changes(
                        json("{\"name\":\"A\",\"country\":\"SE\"}"), json("{\"name\":\"A\"}"));

        assertEquals(
                List.of(
                        new Revision.FieldChange(
                                "country", json("\"SE\""), NullNode.getInstance())),
                changes);
    }

    @Test
    void shouldListNoFieldForADeletion() throws Exception {
        assertEquals(List.of(), Revisions.changes(json("{\"name\":\"A\"}"), null));
    }
}
