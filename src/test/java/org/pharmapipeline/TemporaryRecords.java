package org.pharmapipeline;

import static org.pharmapipeline.AsAdmin.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;

/**
 * Creates and removes the records a test needs for itself. Every test class shares one database
 * with the others, so whatever a test creates it deletes again before it ends.
 */
public final class TemporaryRecords {

    private TemporaryRecords() {}

    /** POSTs a JSON body to a collection path such as /api/v1/companies and returns the new id. */
    public static String create(String collection, String json) {
        return given().contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Deletes a record with its current ETag. */
    public static void delete(String collection, String id) {
        String etag =
                given().when()
                        .get(collection + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        given().header("If-Match", etag)
                .when()
                .delete(collection + "/" + id)
                .then()
                .statusCode(204);
    }

    /**
     * Removes the record a create that should have been rejected made anyway, so that one failing
     * test does not leave data behind for the others.
     */
    public static void deleteIfCreated(String collection, Response response) {
        if (response.statusCode() == 201) {
            delete(collection, response.path("id"));
        }
    }

    /** A name no seed record and no other test uses (product and company names are unique). */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
