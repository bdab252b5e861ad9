package org.pharmapipeline.pipeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.domain.Phase;

/**
 * The highest phase is stored with each candidate: every write of an indication (create, update,
 * move to another candidate, delete) keeps it right in the same transaction, and the pipeline
 * counts and the candidate list's filter and sort follow. A company of its own keeps the counts to
 * the test's records.
 */
@QuarkusTest
class StoredHighestPhaseTest {

    private static final String COMPANIES = "/api/v1/companies";
    private static final String PRODUCTS = "/api/v1/product-candidates";
    private static final String INDICATIONS = "/api/v1/indications";

    /** What the test created, deleted again in reverse order. */
    private final List<String[]> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        for (int i = created.size() - 1; i >= 0; i--) {
            String[] record = created.get(i);
            if (given().get(record[0] + "/" + record[1]).statusCode() == 200) {
                TemporaryRecords.delete(record[0], record[1]);
            }
        }
    }

    @Test
    void shouldKeepTheStoredPhaseAndThePipelineRightThroughCreateUpdateMoveAndDelete() {
        String company =
                create(
                        COMPANIES,
                        "{\"name\": \"%s\", \"country\": \"SE\"}"
                                .formatted(TemporaryRecords.uniqueName("Phase Pharma")));
        String alpha = create(PRODUCTS, product("Alpha", company));
        String beta = create(PRODUCTS, product("Beta", company));
        pipelineOf(company, Map.of("UNKNOWN", 2));

        String first = create(INDICATIONS, indication(alpha, "PHASE_1"));
        highestPhaseOf(alpha, "PHASE_1");
        pipelineOf(company, Map.of("PHASE_1", 1, "UNKNOWN", 1));

        patch(INDICATIONS, first, "{\"phase\": \"PHASE_3\"}");
        highestPhaseOf(alpha, "PHASE_3");

        String second = create(INDICATIONS, indication(beta, "PHASE_2"));
        highestPhaseOf(beta, "PHASE_2");
        pipelineOf(company, Map.of("PHASE_2", 1, "PHASE_3", 1));

        // Moving the phase 3 indication lowers the product it leaves and raises the one it joins.
        patch(INDICATIONS, first, "{\"productId\": \"" + beta + "\"}");
        highestPhaseOf(alpha, "UNKNOWN");
        highestPhaseOf(beta, "PHASE_3");
        pipelineOf(company, Map.of("PHASE_3", 1, "UNKNOWN", 1));
        given().queryParam("owner", company)
                .queryParam("highestPhase", "PHASE_3")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(beta));

        TemporaryRecords.delete(INDICATIONS, first);
        highestPhaseOf(beta, "PHASE_2");
        pipelineOf(company, Map.of("PHASE_2", 1, "UNKNOWN", 1));
        given().queryParam("owner", company)
                .queryParam("sort", "-highestPhase")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(beta, alpha));

        TemporaryRecords.delete(INDICATIONS, second);
        highestPhaseOf(beta, "UNKNOWN");
        pipelineOf(company, Map.of("UNKNOWN", 2));
    }

    @Test
    void shouldKeepTheHighestOfSeveralIndicationsWhenALowerOneChanges() {
        String company =
                create(
                        COMPANIES,
                        "{\"name\": \"%s\", \"country\": \"DK\"}"
                                .formatted(TemporaryRecords.uniqueName("Many Phases")));
        String product = create(PRODUCTS, product("Gamma", company));
        create(INDICATIONS, indication(product, "FILED"));
        String lower = create(INDICATIONS, indication(product, "PRECLINICAL"));

        patch(INDICATIONS, lower, "{\"phase\": \"PHASE_2\"}");

        highestPhaseOf(product, "FILED");
        pipelineOf(company, Map.of("FILED", 1));
    }

    private String create(String collection, String json) {
        String id = TemporaryRecords.create(collection, json);
        created.add(new String[] {collection, id});
        return id;
    }

    private static void patch(String collection, String id, String json) {
        String etag = given().get(collection + "/" + id).then().extract().header("ETag");
        given().header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(json)
                .when()
                .patch(collection + "/" + id)
                .then()
                .statusCode(200);
    }

    private static void highestPhaseOf(String product, String phase) {
        given().when()
                .get(PRODUCTS + "/" + product)
                .then()
                .statusCode(200)
                .body("highestPhase", equalTo(phase));
    }

    /** The company's pipeline counts exactly these phases, every other phase 0. */
    private static void pipelineOf(String company, Map<String, Integer> counts) {
        var then =
                given().queryParam("owner", company)
                        .when()
                        .get("/api/v1/pipeline")
                        .then()
                        .statusCode(200)
                        .body(
                                "totalCandidates",
                                equalTo(counts.values().stream().mapToInt(n -> n).sum()));
        for (Phase phase : Phase.values()) {
            then.body(
                    "phases.find { it.phase == '" + phase + "' }.count",
                    equalTo(counts.getOrDefault(phase.name(), 0)));
        }
    }

    private static String product(String name, String company) {
        return """
                {"name": "%s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE"}
                """
                .formatted(TemporaryRecords.uniqueName(name), company);
    }

    private static String indication(String product, String phase) {
        return """
                {"productId": "%s", "diseaseLabel": "Acute myeloid leukemia", "phase": "%s", "developmentStatus": "ACTIVE"}
                """
                .formatted(product, phase);
    }
}
