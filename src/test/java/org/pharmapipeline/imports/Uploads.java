package org.pharmapipeline.imports;

import static org.hamcrest.Matchers.matchesPattern;
import static org.pharmapipeline.AsAdmin.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Uploads files for import and follows the imports, as a client would. */
final class Uploads {

    static final String IMPORTS = "/api/v1/imports";

    private Uploads() {}

    /** POSTs a file with the query string given, expects 202, and returns the import's path. */
    static String upload(String query, String contentType, byte[] body) {
        String location =
                given().contentType(contentType)
                        .body(body)
                        .when()
                        .post(IMPORTS + (query.isEmpty() ? "" : "?" + query))
                        .then()
                        .statusCode(202)
                        .header("Location", matchesPattern(".*/api/v1/imports/[0-9a-f-]{36}"))
                        .extract()
                        .header("Location");
        return location.substring(location.indexOf(IMPORTS));
    }

    /** Polls an import until it has ended, and returns it. */
    static JsonPath awaitEnd(String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = given().when().get(path).then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(run.getString("state"))) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(path + " did not end within 3 minutes");
    }

    /** Uploads a file and waits until its import has ended. */
    static JsonPath imported(String query, String contentType, byte[] body) {
        return awaitEnd(upload(query, contentType, body));
    }

    /** An import and its first problems, to show when an assertion on it fails. */
    static String describe(JsonPath run) {
        JsonPath problems =
                given().queryParam("size", 20)
                        .queryParam("severity", "ERROR")
                        .when()
                        .get(IMPORTS + "/" + run.getString("id") + "/problems")
                        .then()
                        .extract()
                        .jsonPath();
        JsonPath warnings =
                given().queryParam("size", 10)
                        .queryParam("severity", "WARNING")
                        .when()
                        .get(IMPORTS + "/" + run.getString("id") + "/problems")
                        .then()
                        .extract()
                        .jsonPath();
        return run.prettify()
                + "\nrejected rows: "
                + problems.prettify()
                + "\nwarnings: "
                + warnings.getList("items.detail");
    }

    /** The problems of an import, first page of 200. */
    static JsonPath problems(String importPath) {
        return given().queryParam("size", 200)
                .when()
                .get(importPath + "/problems")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
