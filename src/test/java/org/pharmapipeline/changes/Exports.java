package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Takes exports and imports them again, as a client that keeps a copy would. */
final class Exports {

    static final String EXPORT = "/api/v1/export";
    static final String NDJSON = "application/x-ndjson";
    static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    /** An export: its feed cursor and its records by collection/id, in the order written. */
    record Export(String cursor, Map<String, ObjectNode> records, String text) {}

    static Export take() throws Exception {
        Response response =
                org.pharmapipeline.AsAdmin.given()
                        .accept(NDJSON)
                        .when()
                        .get(EXPORT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .response();
        String cursor = response.header("X-Change-Cursor");
        assertNotNull(cursor, "the export names its feed cursor");
        return read(cursor, response.asString());
    }

    static Export read(String cursor, String text) throws Exception {
        Map<String, ObjectNode> records = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            ObjectNode record = (ObjectNode) JSON.readTree(line);
            String collection = record.remove("collection").asText();
            ObjectNode previous = records.put(collection + "/" + record.get("id").asText(), record);
            assertEquals(null, previous, "each record once: " + line);
        }
        return new Export(cursor, records, text);
    }

    /** Uploads an NDJSON file for import with this token and waits until it succeeded. */
    static JsonPath importNdjson(String token, String body) throws InterruptedException {
        String location =
                RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .contentType(NDJSON)
                        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .when()
                        .post("/api/v1/imports")
                        .then()
                        .statusCode(202)
                        .extract()
                        .header("Location");
        String path = location.substring(location.indexOf("/api/v1/imports"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run =
                    RestAssured.given()
                            .auth()
                            .oauth2(token)
                            .when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(run.getString("state"))) {
                assertEquals("SUCCEEDED", run.getString("state"), run.prettify());
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not end within 5 minutes");
    }

    /** A record without what a new copy of it gets anew: its version, times and last author. */
    static JsonNode content(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(List.of("version", "createdAt", "updatedAt", "updatedBy"));
        return copy;
    }
}
