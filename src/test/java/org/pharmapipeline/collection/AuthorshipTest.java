package org.pharmapipeline.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.TemporaryRecords;
import org.pharmapipeline.Tokens;
import org.pharmapipeline.security.Roles;

/** Every record names who created it and who changed it last: the subjects of their tokens. */
@QuarkusTest
class AuthorshipTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pharmapipeline.collection.CollectionContractTest#collections")
    void shouldAttributeTheBundledRecordsToTheSeed(ContractSample c) {
        given().when()
                .get("/api/v1/" + c.path() + "/" + c.seededId())
                .then()
                .statusCode(200)
                .body("createdBy", equalTo("seed"))
                .body("updatedBy", equalTo("seed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pharmapipeline.collection.CollectionContractTest#collections")
    void shouldRecordTheCreatorAndTheLastChangeOfEachRecord(ContractSample c) {
        String url = "/api/v1/" + c.path();
        Map<String, Object> claimed = new HashMap<>(c.body());
        claimed.put("createdBy", "mallory");
        claimed.put("updatedBy", "mallory");
        String id =
                given().auth()
                        .oauth2(Tokens.withRoles("alice", Roles.EDITOR))
                        .contentType(ContentType.JSON)
                        .body(claimed)
                        .when()
                        .post(url)
                        .then()
                        .statusCode(201)
                        .body("createdBy", equalTo("alice"))
                        .body("updatedBy", equalTo("alice"))
                        .extract()
                        .path("id");
        try {
            Map<String, Object> changed = new HashMap<>(c.body());
            changed.put(c.field(), c.newValue());
            given().auth()
                    .oauth2(Tokens.withRoles("bob", Roles.EDITOR))
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(changed)
                    .when()
                    .put(url + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("createdBy", equalTo("alice"))
                    .body("updatedBy", equalTo("bob"));

            // Sending the same state changes nothing, so it is not attributed to its sender.
            given().auth()
                    .oauth2(Tokens.withRoles("carol", Roles.EDITOR))
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(changed)
                    .when()
                    .put(url + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("updatedBy", equalTo("bob"));

            // Back to the created value, or removed where the field is optional and was unset.
            Map<String, Object> revert = new HashMap<>();
            revert.put(c.field(), c.body().get(c.field()));
            given().auth()
                    .oauth2(Tokens.withRoles("dave", Roles.ADMIN))
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "\"1\"")
                    .body(revert)
                    .when()
                    .patch(url + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(2))
                    .body("createdBy", equalTo("alice"))
                    .body("updatedBy", equalTo("dave"));

            given().when()
                    .get(url + "/" + id)
                    .then()
                    .body("createdBy", equalTo("alice"))
                    .body("updatedBy", equalTo("dave"));
        } finally {
            TemporaryRecords.delete(url, id);
        }
    }
}
