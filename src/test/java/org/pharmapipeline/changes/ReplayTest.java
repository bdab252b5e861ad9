package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.web.MergePatch;

/**
 * Replaying the change feed from its start, applying each creation, update and deletion, rebuilds
 * every record of every collection as it now stands: the same ids, versions and values.
 */
@QuarkusTest
class ReplayTest {

    @Inject CollectionRegistry collections;

    @Inject ObjectMapper json;

    @Test
    void shouldRebuildEveryRecordOfEveryCollectionByReplayingTheFeed() throws Exception {
        // Changes of every kind on top of the bundled dataset and whatever other tests left.
        String kept =
                TemporaryRecords.create(
                        "/api/v1/companies",
                        "{\"name\": \"" + TemporaryRecords.uniqueName("Replay") + "\"}");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"aliases\": [\"Replayed\"]}")
                .when()
                .patch("/api/v1/companies/" + kept)
                .then()
                .statusCode(200);
        String gone =
                TemporaryRecords.create(
                        "/api/v1/companies",
                        "{\"name\": \"" + TemporaryRecords.uniqueName("Replay gone") + "\"}");
        TemporaryRecords.delete("/api/v1/companies", gone);

        Map<String, JsonNode> replayed = new TreeMap<>();
        for (Map<String, Object> change : Feed.all("")) {
            String key = change.get("collection") + "/" + change.get("id");
            if ("DELETED".equals(change.get("operation"))) {
                replayed.remove(key);
            } else {
                replayed.put(key, json.valueToTree(change.get("record")));
            }
        }

        Map<String, JsonNode> stored = new TreeMap<>();
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            for (JsonNode record : everyRecord(collection)) {
                stored.put(collection.name() + "/" + record.get("id").asText(), record);
            }
        }
        assertEquals(stored.keySet(), replayed.keySet());
        for (Map.Entry<String, JsonNode> record : stored.entrySet()) {
            Class<?> request =
                    collections.named(record.getKey().split("/")[0]).orElseThrow().request();
            JsonNode replay = replayed.get(record.getKey());
            assertEquals(record.getValue().get("version"), replay.get("version"), record.getKey());
            // What the record itself holds: names of referenced records and values derived from
            // other records are shown with it but change with those records.
            assertEquals(
                    MergePatch.requestOf(record.getValue(), request),
                    MergePatch.requestOf(replay, request),
                    record.getKey());
        }
        TemporaryRecords.delete("/api/v1/companies", kept);
    }

    private List<JsonNode> everyRecord(CollectionDefinition<?, ?, ?> collection) throws Exception {
        List<JsonNode> records = new java.util.ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonPath page =
                    given().queryParam("size", 200)
                            .queryParam("cursor", cursor)
                            .when()
                            .get(collection.path())
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Object> items = page.getList("items");
            items.forEach(item -> records.add(json.valueToTree(item)));
            cursor = page.getString("nextCursor");
        }
        return records;
    }
}
