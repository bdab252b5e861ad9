package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.TestDatabase;
import org.pharmapipeline.Tokens;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.security.Roles;
import org.pharmapipeline.seed.ReferenceAnswersTest;

/**
 * Export, empty the service, import the export: every reference answer is as it was, and every
 * record is back under its id with its content. The service and database are the test's own, since
 * it deletes every record.
 */
@QuarkusTest
@TestProfile(ExportRoundTripTest.OwnDatabase.class)
class ExportRoundTripTest {

    /** A service with a database of its own, holding the bundled dataset. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ownDatabase("round-trip");
        }
    }

    @Inject CollectionRegistry collections;

    @Test
    void shouldAnswerAlikeAfterAnExportIsImportedIntoTheEmptiedService() throws Exception {
        ObjectNode before = ReferenceAnswersTest.answers();
        Exports.Export export = Exports.take();
        assertTrue(export.records().size() > 10, "the bundled dataset is exported");

        List<CollectionDefinition<?, ?, ?>> referringFirst = new ArrayList<>(collections.all());
        java.util.Collections.reverse(referringFirst);
        for (CollectionDefinition<?, ?, ?> collection : referringFirst) {
            for (String key : export.records().keySet()) {
                if (key.startsWith(collection.name() + "/")) {
                    TemporaryRecords.delete(collection.path(), key.substring(key.indexOf('/') + 1));
                }
            }
        }
        assertEquals(Map.of(), Exports.take().records(), "the service is empty");

        // The records were written by the bundled dataset's loader; the import is made under the
        // same name, since records are attributed to whoever imports them.
        Exports.importNdjson(Tokens.withRoles("seed", Roles.ADMIN), export.text());

        ObjectNode after = ReferenceAnswersTest.answers();
        before.fieldNames()
                .forEachRemaining(
                        question ->
                                assertEquals(
                                        before.get(question),
                                        after.get(question),
                                        "the answer to " + question));
        Exports.Export again = Exports.take();
        assertEquals(export.records().keySet(), again.records().keySet(), "the same ids");
        for (Map.Entry<String, ObjectNode> record : export.records().entrySet()) {
            JsonNode copy = again.records().get(record.getKey());
            assertEquals(
                    Exports.content(record.getValue()), Exports.content(copy), record.getKey());
        }
        given().when().get("/api/v1/companies").then().statusCode(200);
    }
}
