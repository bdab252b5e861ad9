package org.pharmapipeline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/** The development token endpoint: the first of the two commands of an authenticated write. */
@QuarkusTest
class DevTokenResourceTest {

    static String token(String role) {
        return given().queryParam("role", role)
                .when()
                .get("/dev/token")
                .then()
                .statusCode(200)
                .contentType("text/plain")
                .body(matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .extract()
                .asString();
    }

    @Test
    void shouldIssueAnEditorTokenThatMayCreate() {
        String id =
                given().auth()
                        .oauth2(token("editor"))
                        .contentType("application/json")
                        .body("{\"name\":\"" + TemporaryRecords.uniqueName("Dev Token") + "\"}")
                        .when()
                        .post("/api/v1/companies")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        TemporaryRecords.delete("/api/v1/companies", id);
    }

    @Test
    void shouldIssueAReaderTokenThatMayNotWrite() {
        given().auth()
                .oauth2(token("reader"))
                .contentType("application/json")
                .body("{\"name\":\"Reader Pharma\"}")
                .when()
                .post("/api/v1/companies")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAnUnknownRoleWithAProblem() {
        given().queryParam("role", "superuser")
                .when()
                .get("/dev/token")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("role"))
                .body("violations[0].message", equalTo("must be one of reader, editor, admin"));
    }

    @Test
    void shouldLeaveTheEndpointOutOfTheContract() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/dev/token'", equalTo(null));
    }
}
