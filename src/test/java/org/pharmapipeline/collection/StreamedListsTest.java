package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.AsAdmin.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.web.MergePatch;

/**
 * Every list answers NDJSON and CSV with the whole filtered list, in the order asked: the records
 * its JSON pages hold, each line exactly what a read of the record shows.
 */
@QuarkusTest
class StreamedListsTest {

    static final String NDJSON = "application/x-ndjson";

    @Inject CollectionRegistry collections;

    @Inject ObjectMapper json;

    @Test
    void shouldStreamEveryListAsNdjsonWithTheRecordsOfItsPagesAsAReadShowsThem() throws Exception {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            List<JsonNode> pages = everyRecord(collection.path(), "");
            Response streamed =
                    given().accept(NDJSON)
                            .when()
                            .get(collection.path())
                            .then()
                            .extract()
                            .response();
            assertEquals(200, streamed.statusCode(), collection.name());
            assertTrue(streamed.contentType().startsWith(NDJSON), streamed.contentType());
            List<JsonNode> lines = lines(streamed.asString());
            assertEquals(pages, lines, collection.name());
            for (JsonNode line : lines) {
                JsonNode read =
                        json.readTree(
                                given().when()
                                        .get(
                                                collection.href(
                                                        java.util.UUID.fromString(
                                                                line.get("id").asText())))
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
                assertEquals(read, line, collection.name());
            }
        }
    }

    @Test
    void shouldStreamTheFilteredListInTheOrderAsked() throws Exception {
        String query = "sort=-type,date&from=2008-01-01";
        List<JsonNode> pages = everyRecord("/api/v1/regulatory-events", query);
        String body =
                given().accept(NDJSON)
                        .when()
                        .get("/api/v1/regulatory-events?" + query)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(pages, lines(body));
        assertTrue(pages.size() > 1, "the dataset has several events since 2008");
        assertTrue(
                pages.size() < everyRecord("/api/v1/regulatory-events", "").size(),
                "the filter leaves some out");
    }

    @Test
    void shouldKeepOnlyTheChosenFieldsOfEachLine() throws Exception {
        String body =
                given().accept(NDJSON)
                        .queryParam("fields", "name,country")
                        .when()
                        .get("/api/v1/companies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        for (JsonNode line : lines(body)) {
            List<String> names = new ArrayList<>();
            line.fieldNames().forEachRemaining(names::add);
            assertTrue(List.of("id", "name", "country").containsAll(names), names.toString());
            assertNotNull(line.get("id"));
        }
    }

    @Test
    void shouldStreamEveryListAsTheCsvTheImportReads() throws Exception {
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            List<JsonNode> pages = everyRecord(collection.path(), "");
            Response streamed =
                    given().accept("text/csv")
                            .when()
                            .get(collection.path())
                            .then()
                            .extract()
                            .response();
            assertEquals(200, streamed.statusCode(), collection.name());
            assertTrue(streamed.contentType().startsWith("text/csv"), streamed.contentType());
            List<CSVRecord> rows =
                    CSVFormat.RFC4180.parse(new StringReader(streamed.asString())).getRecords();
            List<String> header = rows.get(0).toList();
            assertEquals("id", header.get(0));
            assertEquals(
                    java.util.Arrays.stream(collection.request().getRecordComponents())
                            .map(java.lang.reflect.RecordComponent::getName)
                            .toList(),
                    header.subList(1, header.size()),
                    collection.name());
            assertEquals(pages.size() + 1, rows.size(), collection.name());
            for (int i = 0; i < pages.size(); i++) {
                JsonNode input = MergePatch.requestOf(pages.get(i), collection.request());
                CSVRecord row = rows.get(i + 1);
                assertEquals(pages.get(i).get("id").asText(), row.get(0));
                for (int c = 1; c < header.size(); c++) {
                    JsonNode value = input.get(header.get(c));
                    if (value == null || (value.isArray() && value.isEmpty())) {
                        assertEquals("", row.get(c), collection.name() + " " + header.get(c));
                    } else if (value.isContainerNode() && row.get(c).startsWith("[")
                            || value.isObject()) {
                        assertEquals(value, json.readTree(row.get(c)), header.get(c));
                    } else if (value.isArray()) {
                        List<String> items = new ArrayList<>();
                        value.forEach(item -> items.add(item.asText()));
                        assertEquals(String.join("|", items), row.get(c), header.get(c));
                    } else if (value.isNumber()) {
                        assertEquals(
                                0,
                                value.decimalValue()
                                        .compareTo(new java.math.BigDecimal(row.get(c))),
                                header.get(c));
                    } else {
                        assertEquals(value.asText(), row.get(c), header.get(c));
                    }
                }
            }
        }
    }

    @Test
    void shouldRefuseAWrongFilterWithAProblemBeforeStreaming() {
        for (String accept : List.of(NDJSON, "text/csv")) {
            given().accept(accept)
                    .when()
                    .get("/api/v1/regulatory-events?from=2009-01-01&to=2008-01-01")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            given().accept(accept)
                    .when()
                    .get("/api/v1/regulatory-events?sort=colour")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            given().accept(accept)
                    .when()
                    .get("/api/v1/companies?cursor=nonsense")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().accept(NDJSON)
                .when()
                .get("/api/v1/companies?fields=colour")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerJsonPagesToAnyOtherAccept() {
        for (String accept : List.of("*/*", "application/json", "text/html, */*;q=0.8")) {
            given().accept(accept)
                    .queryParam("size", 1)
                    .when()
                    .get("/api/v1/companies")
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                    .header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
        }
        given().header("Accept", "")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    private List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    /** Every record of a list as its JSON pages hold them, page after page by cursor. */
    private List<JsonNode> everyRecord(String path, String query) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonNode page =
                    json.readTree(
                            given().urlEncodingEnabled(true)
                                    .queryParam("size", 200)
                                    .queryParam("cursor", cursor)
                                    .when()
                                    .get(path + (query.isEmpty() ? "" : "?" + query))
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString());
            page.get("items").forEach(records::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        }
        return records;
    }
}
