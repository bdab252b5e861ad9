package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.CEPLENE;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** fields= on lists and reads: only the properties asked for, the id always. */
@QuarkusTest
class SparseFieldsetsTest {

    private static final String CANDIDATES = "/api/v1/product-candidates";

    @Test
    void shouldListOnlyTheFieldsAskedForAndTheId() {
        List<Map<String, Object>> items =
                given().queryParam("fields", "name,highestPhase")
                        .queryParam("sort", "name")
                        .when()
                        .get(CANDIDATES)
                        .then()
                        .statusCode(200)
                        .body("totalItems", equalTo(4))
                        .body("items[1].name", equalTo("Ceplene"))
                        .body("items[1].highestPhase", equalTo("FILED"))
                        .extract()
                        .jsonPath()
                        .getList("items");
        for (Map<String, Object> item : items) {
            assertEquals(Set.of("id", "name", "highestPhase"), item.keySet());
        }
    }

    @Test
    void shouldReadOnlyTheFieldsAskedForWithTheRecordsETag() {
        Map<String, Object> ceplene =
                given().queryParam("fields", "inn")
                        .when()
                        .get(CANDIDATES + "/" + CEPLENE)
                        .then()
                        .statusCode(200)
                        .header("ETag", equalTo("\"0\""))
                        .body("id", equalTo(CEPLENE))
                        .body("inn", equalTo("histamine dihydrochloride"))
                        .extract()
                        .jsonPath()
                        .getMap("");
        assertEquals(Set.of("id", "inn"), ceplene.keySet());
    }

    @Test
    void shouldAnswerTheWholeRecordWithoutFields() {
        given().when()
                .get(CANDIDATES + "/" + CEPLENE)
                .then()
                .statusCode(200)
                .body("$", hasKey("citations"))
                .body("$", hasKey("owner"));
    }

    @Test
    void shouldAnswerAnUnknownFieldWithAProblemNamingIt() {
        for (String path : List.of(CANDIDATES, CANDIDATES + "/" + CEPLENE)) {
            given().queryParam("fields", "name,phase")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("fields"))
                    .body("violations[0].message", containsString("'phase'"))
                    .body("violations[0].message", containsString("highestPhase"));
        }
    }

    @Test
    void shouldNotTrimAnswersThatAreNotRecords() {
        given().queryParam("by", "highestPhase")
                .queryParam("fields", "name")
                .when()
                .get(CANDIDATES + "/counts")
                .then()
                .statusCode(200)
                .body("$", hasKey("buckets"))
                .body("$", not(hasKey("id")));
    }

    static Stream<CollectionDefinition<?, ?, ?>> collections() {
        return Arc.container().instance(CollectionRegistry.class).get().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldKeepEachCollectionsLastPropertyAlone(CollectionDefinition<?, ?, ?> collection) {
        String last = collection.fields().get(collection.fields().size() - 1);
        List<Map<String, Object>> items =
                given().queryParam("fields", last)
                        .when()
                        .get(collection.path())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items");
        for (Map<String, Object> item : items) {
            assertEquals(Set.of("id", last), item.keySet());
        }
    }
}
