package org.pharmapipeline.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answers the service gives over the bundled dataset, committed once and compared on every run.
 * The suite runs on H2 and on PostgreSQL, so both databases must give these same answers: same
 * records, same order (missing values included), same figures, same problems. Only what differs
 * between any two runs (timestamps and versions) is left out.
 *
 * <p>After an intended change, regenerate them with {@code ./mvnw test -Pupdate-golden-files} (see
 * {@link org.pharmapipeline.UpdateGoldenFiles}) and review the diff.
 */
@QuarkusTest
public class ReferenceAnswersTest {

    public static final Path COMMITTED = Path.of("src/test/resources/reference-answers.json");
    static final Set<String> VOLATILE = Set.of("createdAt", "updatedAt", "updatedBy", "version");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static final List<String> QUESTIONS =
            List.of(
                    "/api/v1/sources?size=200",
                    "/api/v1/sources?size=200&sort=-publishedOn",
                    "/api/v1/sources/" + SOURCE_2006_MAA_FILING + "/citations?size=200",
                    "/api/v1/companies?size=200",
                    "/api/v1/companies?size=200&sort=-country",
                    "/api/v1/product-candidates?size=200",
                    "/api/v1/product-candidates?size=200&sort=inn",
                    "/api/v1/product-candidates?size=200&sort=-highestPhase,name",
                    "/api/v1/product-candidates/" + CEPLENE + "/timeline",
                    "/api/v1/product-candidates/"
                            + CEPLENE
                            + "/timeline?from=2008-01-01&kind=REGULATORY_EVENT",
                    "/api/v1/indications?size=200&sort=phase",
                    "/api/v1/orphan-designations?size=200",
                    "/api/v1/regulatory-events?size=200",
                    "/api/v1/regulatory-events?size=200&sort=-type,date&from=2008-01-01",
                    "/api/v1/market-estimates?size=200",
                    "/api/v1/market-estimates?size=200&sort=-value&metric=PREVALENCE",
                    "/api/v1/clinical-trials?size=200&sort=-enrollment",
                    "/api/v1/clinical-trials?size=200&sort=readoutDate",
                    "/api/v1/pipeline",
                    "/api/v1/pipeline?owner="
                            + EPICEPT
                            + "&modality=SMALL_MOLECULE&limitPerPhase=1",
                    "/api/v1/search?q=ceplene&size=200",
                    "/api/v1/search?q=LEUK&size=200",
                    "/api/v1/search?q=histamine",
                    "/api/v1/search?q=EPC%202407",
                    "/api/v1/search?q=acute%20myeloid",
                    "/api/v1/search?q=myel&size=5",
                    "/api/v1/search/suggest?q=cep",
                    "/api/v1/search/suggest?q=e&limit=3",
                    "/api/v1/regulatory-events?sort=colour",
                    "/api/v1/regulatory-events?from=2009-01-01&to=2008-01-01",
                    "/api/v1/product-candidates/3f6c2a7e-0c1d-4a55-9a10-000000000999");

    /** The service's answers to every question, without what differs between runs. */
    public static ObjectNode answers() throws IOException {
        ObjectNode answers = JSON.createObjectNode();
        for (String question : QUESTIONS) {
            Response response = given().urlEncodingEnabled(false).get(question);
            ObjectNode answer = answers.putObject(question);
            answer.put("status", response.statusCode());
            answer.set("body", withoutVolatileFields(JSON.readTree(response.asString())));
        }
        return answers;
    }

    /** The answers as the committed file holds them. */
    public static String text(ObjectNode answers) throws IOException {
        return JSON.writeValueAsString(answers) + "\n";
    }

    @Test
    void shouldGiveTheCommittedAnswersOverTheBundledDataset() throws IOException {
        ObjectNode answers = answers();
        assertTrue(
                Files.exists(COMMITTED),
                COMMITTED + " is missing; generate it with ./mvnw test -Pupdate-golden-files");
        JsonNode expected = JSON.readTree(Files.readString(COMMITTED));
        for (String question : QUESTIONS) {
            assertEquals(
                    JSON.writeValueAsString(expected.path(question)),
                    JSON.writeValueAsString(answers.path(question)),
                    "The answer to " + question + " differs from " + COMMITTED);
        }
        assertEquals(QUESTIONS.size(), expected.size(), COMMITTED + " holds other questions");
    }

    private static JsonNode withoutVolatileFields(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove(VOLATILE);
        }
        node.forEach(ReferenceAnswersTest::withoutVolatileFields);
        return node;
    }
}
