package org.pharmapipeline.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.AsAdmin;
import org.pharmapipeline.Tokens;
import org.pharmapipeline.security.Roles;

/**
 * Who may write, checked for every write operation of every collection. The operations and the
 * roles each needs are read from the served OpenAPI contract, so a new operation is covered as soon
 * as it is documented, and the documented roles are the ones enforced.
 */
@QuarkusTest
class SecurityContractTest {

    static final String PROBLEM = "application/problem+json";

    /** A write operation as the contract documents it, on one collection. */
    record WriteOperation(
            ContractSample collection, String method, String path, List<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean onRecord() {
            return path.endsWith("{id}");
        }

        int success() {
            return switch (method) {
                case "POST" -> 201;
                case "DELETE" -> 204;
                default -> 200;
            };
        }

        /** Sends this operation against {@code id} (ignored for POST) as the given caller. */
        Response send(RequestSpecification caller, String id) {
            String url = path.replace("{id}", id == null ? "" : id);
            RequestSpecification request = caller.header("If-Match", "*");
            return switch (method) {
                case "POST" ->
                        request.contentType(ContentType.JSON).body(collection.body()).post(url);
                case "PUT" -> {
                    Map<String, Object> changed = new HashMap<>(collection.body());
                    changed.put(collection.field(), collection.newValue());
                    yield request.contentType(ContentType.JSON).body(changed).put(url);
                }
                case "PATCH" ->
                        request.contentType("application/merge-patch+json")
                                .body(Map.of(collection.field(), collection.newValue()))
                                .patch(url);
                case "DELETE" -> request.delete(url);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    /** A token the service must refuse with 401, and why. */
    record RefusedToken(String why, String token, String challenge) {}

    static List<RefusedToken> refusedTokens() {
        String invalid = "Bearer error=\"invalid_token\"";
        return List.of(
                new RefusedToken("no token", null, "Bearer"),
                new RefusedToken("an expired token", Tokens.expired(), invalid),
                new RefusedToken("a token of another issuer", Tokens.wrongIssuer(), invalid),
                new RefusedToken("a token for another audience", Tokens.wrongAudience(), invalid),
                new RefusedToken("a token signed by another key", Tokens.forged(), invalid),
                new RefusedToken("a token that is no JWT", "not-a-jwt", invalid));
    }

    static Stream<WriteOperation> writeOperations() {
        JsonPath contract =
                given().when().get("/q/openapi?format=json").then().extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = contract.getMap("paths");
        List<WriteOperation> operations = new ArrayList<>();
        CollectionContractTest.collections()
                .forEach(
                        c -> {
                            for (String path :
                                    List.of(
                                            "/api/v1/" + c.path(),
                                            "/api/v1/" + c.path() + "/{id}")) {
                                paths.getOrDefault(path, Map.of())
                                        .forEach(
                                                (method, operation) -> {
                                                    if (!method.equals("get")) {
                                                        operations.add(
                                                                new WriteOperation(
                                                                        c,
                                                                        method.toUpperCase(),
                                                                        path,
                                                                        rolesOf(operation)));
                                                    }
                                                });
                            }
                        });
        assertEquals(
                4 * CollectionContractTest.collections().count(),
                operations.size(),
                "every collection x create, replace, patch and delete");
        return operations.stream();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rolesOf(Map<String, Object> operation) {
        List<Map<String, List<String>>> security =
                (List<Map<String, List<String>>>) operation.get("security");
        assertEquals(1, security.size(), "a write names exactly one way in: " + operation);
        return security.get(0).get("bearerAuth");
    }

    // The operations come from the running service's contract, so the tests are made once it runs.
    @TestFactory
    Stream<DynamicTest> shouldRefuseMissingAndInvalidTokensWith401AndChangeNothing() {
        return forEachWriteOperation(this::refusesMissingAndInvalidTokens);
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseTokensWithoutTheDocumentedRoleWith403AndChangeNothing() {
        return forEachWriteOperation(this::refusesTokensWithoutTheRole);
    }

    @TestFactory
    Stream<DynamicTest> shouldLetEachDocumentedRoleWrite() {
        return forEachWriteOperation(this::letsEachDocumentedRoleWrite);
    }

    private static Stream<DynamicTest> forEachWriteOperation(
            java.util.function.Consumer<WriteOperation> test) {
        return writeOperations()
                .map(op -> DynamicTest.dynamicTest(op.toString(), () -> test.accept(op)));
    }

    void refusesMissingAndInvalidTokens(WriteOperation op) {
        String id = op.onRecord() ? create(op.collection()) : null;
        try {
            int before = count(op.collection());
            for (RefusedToken refused : refusedTokens()) {
                RequestSpecification caller =
                        refused.token() == null ? given() : given().auth().oauth2(refused.token());
                op.send(caller, id)
                        .then()
                        .statusCode(401)
                        .contentType(PROBLEM)
                        .header("WWW-Authenticate", equalTo(refused.challenge()))
                        .body("status", equalTo(401))
                        .body(
                                "type",
                                equalTo(
                                        refused.token() == null
                                                ? "urn:pipeline:problem:unauthorized"
                                                : "urn:pipeline:problem:invalid-token"));
            }
            assertUnchanged(op, id, before);
        } finally {
            deleteIfPresent(op.collection(), id);
        }
    }

    void refusesTokensWithoutTheRole(WriteOperation op) {
        String id = op.onRecord() ? create(op.collection()) : null;
        try {
            int before = count(op.collection());
            List<String> others = new ArrayList<>(Roles.READERS);
            others.removeAll(op.roles());
            others.add(null);
            assertTrue(others.contains(Roles.READER), "a reader may never write");
            for (String role : others) {
                String token =
                        role == null
                                ? Tokens.withRoles("no-roles")
                                : Tokens.withRoles("only-" + role, role);
                op.send(given().auth().oauth2(token), id)
                        .then()
                        .statusCode(403)
                        .contentType(PROBLEM)
                        .body("type", equalTo("urn:pipeline:problem:forbidden"))
                        .body("detail", containsString(String.join(" or ", op.roles())));
            }
            assertUnchanged(op, id, before);
        } finally {
            deleteIfPresent(op.collection(), id);
        }
    }

    void letsEachDocumentedRoleWrite(WriteOperation op) {
        for (String role : op.roles()) {
            String id = op.onRecord() ? create(op.collection()) : null;
            try {
                Response response =
                        op.send(given().auth().oauth2(Tokens.withRoles("a-" + role, role)), id);
                response.then().statusCode(op.success());
                if (op.method().equals("POST")) {
                    id = response.path("id");
                }
            } finally {
                deleteIfPresent(op.collection(), id);
            }
        }
    }

    @Test
    void shouldDocumentEditorForChangesAndAdminForDeletes() {
        Map<String, List<String>> roles = new HashMap<>();
        writeOperations().forEach(op -> roles.merge(op.method(), op.roles(), (a, b) -> a));
        assertEquals(
                Map.of(
                        "POST", List.of(Roles.EDITOR, Roles.ADMIN),
                        "PUT", List.of(Roles.EDITOR, Roles.ADMIN),
                        "PATCH", List.of(Roles.EDITOR, Roles.ADMIN),
                        "DELETE", List.of(Roles.ADMIN)),
                roles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pharmapipeline.collection.CollectionContractTest#collections")
    void shouldServeReadsWithoutATokenByDefault(ContractSample c) {
        given().when().get("/api/v1/" + c.path()).then().statusCode(200);
        given().when()
                .get("/api/v1/" + c.path() + "/" + c.seededId())
                .then()
                .statusCode(200)
                .body("id", equalTo(c.seededId()));
    }

    private static String create(ContractSample c) {
        return AsAdmin.given()
                .contentType(ContentType.JSON)
                .body(c.body())
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static int count(ContractSample c) {
        return given().when().get("/api/v1/" + c.path()).then().extract().path("totalItems");
    }

    /** Nothing was created, and the record the operation aimed at is as it was created. */
    private static void assertUnchanged(WriteOperation op, String id, int before) {
        assertEquals(before, count(op.collection()), "no record was created or deleted");
        if (id != null) {
            given().when()
                    .get("/api/v1/" + op.collection().path() + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(0));
        }
    }

    private static void deleteIfPresent(ContractSample c, String id) {
        if (id != null) {
            AsAdmin.given()
                    .header("If-Match", "*")
                    .when()
                    .delete("/api/v1/" + c.path() + "/" + id)
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(204, 404));
        }
    }
}
