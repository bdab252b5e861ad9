package org.pharmapipeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.contract.ContractValidation;

/**
 * The contract is product surface: the committed copy must be what the service generates, so every
 * change to it is a reviewed change. After an intended change, regenerate the copy with {@code
 * ./mvnw test -Pupdate-golden-files} (see {@link org.pharmapipeline.UpdateGoldenFiles}) and commit
 * it with the change.
 */
@QuarkusTest
public class OpenApiContractTest {

    @Inject CollectionRegistry collections;

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    /** The contract the running service serves, as YAML. */
    public static String served() {
        return given().queryParam("format", "yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static JsonPath servedJson() {
        return given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldCheckEveryExchangeOfTheSuiteAgainstTheServedContract() {
        assertTrue(
                RestAssured.filters().contains(ContractValidation.INSTANCE),
                "every REST Assured request must go through the contract check");
    }

    @Test
    void shouldGenerateExactlyTheCommittedContract() throws IOException {
        assertTrue(
                Files.exists(COMMITTED),
                COMMITTED + " is missing; generate it with ./mvnw test -Pupdate-golden-files");
        assertEquals(
                Files.readString(COMMITTED),
                served(),
                "The API contract changed. If intended, run ./mvnw test -Pupdate-golden-files and"
                        + " commit "
                        + COMMITTED);
    }

    @Test
    void shouldDescribeEveryOperationWithAnIdASummaryAndItsProblems() {
        JsonPath doc = servedJson();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                for (String key : List.of("operationId", "summary", "tags", "responses")) {
                    if (operation.get(key) == null) {
                        missing.add(where + " has no " + key);
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                if (responses != null
                        && (!responses.containsKey("400") || !responses.containsKey("500"))) {
                    missing.add(where + " does not document its 400 and 500 problems");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(
                collections.all().size() * 9 + 6 + 4 + 2,
                operations,
                "every collection x 8 operations (list, counts, read, history, create, replace,"
                        + " update, delete) and its import path, plus timeline, pipeline, search,"
                        + " search suggestions, a source's citations and the index, plus the"
                        + " imports' upload, list, get and problems, plus the change feed and"
                        + " the export");
    }

    @Test
    void shouldGiveEveryInputSchemaAndEveryProblemResponseAnExample() {
        JsonPath doc = servedJson();
        for (String input :
                collections.all().stream()
                        .map(c -> c.request().getAnnotation(Schema.class).name())
                        .toList()) {
            assertNotNull(
                    doc.get("components.schemas." + input + ".example"), input + " has no example");
        }
        assertEquals(
                "Ceplene", doc.getString("components.schemas.ProductCandidateInput.example.name"));
        assertEquals(
                "MAA_SUBMITTED",
                doc.getString("components.schemas.RegulatoryEventInput.example.type"));
        assertEquals(
                "/api/v1/regulatory-events",
                doc.getString("components.schemas.ApiIndex.example.collections[5].href"));
        Map<String, Map<String, Object>> problems = doc.getMap("components.responses");
        for (String name : problems.keySet()) {
            int status =
                    doc.getInt(
                            "components.responses."
                                    + name
                                    + ".content.'application/problem+json'.example.status");
            assertTrue(status >= 400, name + " has no problem example");
        }
        assertEquals(
                "urn:pipeline:problem:stale-version",
                doc.getString(
                        "components.responses.PreconditionFailed.content.'application/problem+json'.example.type"));
    }

    @Test
    void shouldTagEveryOperationOfACollectionWithItsDescribedTag() {
        JsonPath doc = servedJson();
        Map<String, String> tags = new HashMap<>();
        List<Map<String, String>> declared = doc.getList("tags");
        declared.forEach(tag -> tags.put(tag.get("name"), tag.get("description")));
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (CollectionDefinition<?, ?, ?> collection : collections.all()) {
            assertEquals(
                    collection.tagDescription(), tags.get(collection.tag()), collection.name());
            List<String> untagged = new ArrayList<>();
            paths.forEach(
                    (path, operations) -> {
                        if (path.equals(collection.path())
                                || path.startsWith(collection.path() + "/")) {
                            operations.forEach(
                                    (method, operation) -> {
                                        if (!((List<?>) operation.get("tags"))
                                                .contains(collection.tag())) {
                                            untagged.add(method + " " + path);
                                        }
                                    });
                        }
                    });
            assertEquals(List.of(), untagged, "operations without the tag " + collection.tag());
            assertTrue(paths.containsKey(collection.path() + "/{id}"), collection.name());
        }
        tags.forEach((name, description) -> assertNotNull(description, name + " is undescribed"));
    }
}
