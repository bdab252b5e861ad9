package org.pharmapipeline.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pharmapipeline.AsAdmin.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TestIds;

/**
 * A value of the wrong JSON type is a 400 naming its field, and changes nothing: a number is not a
 * date (12345 is not days since 1970), nor a boolean, nor a string; a string is not a number. Query
 * parameters follow the same rule.
 */
@QuarkusTest
class StrictTypesTest {

    static final String DESIGNATION =
            "/api/v1/orphan-designations/" + TestIds.EMA_ORPHAN_DESIGNATION;

    @Test
    void shouldRefuseANumberOrAnArrayWhereADateIsExpectedAndChangeNothing() {
        Response before = given().when().get(DESIGNATION);
        before.then().statusCode(200).body("designationDate", equalTo("2005-04-11"));
        for (String date : List.of("12345", "[2005, 4, 11]", "true", "\"2005-4-11\"")) {
            given().contentType("application/merge-patch+json")
                    .header("If-Match", before.header("ETag"))
                    .body("{\"designationDate\": " + date + "}")
                    .when()
                    .patch(DESIGNATION)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("designationDate"))
                    .body("violations[0].message", equalTo("must be a date (YYYY-MM-DD)"));
        }
        given().when()
                .get(DESIGNATION)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(before.header("ETag")))
                .body("designationDate", equalTo("2005-04-11"));
    }

    @Test
    void shouldRefuseANumberWhereABooleanOrAStringIsExpectedAndAStringWhereANumberIs() {
        String event = "/api/v1/regulatory-events/" + TestIds.CHMP_TREND_VOTE;
        String trial = "/api/v1/clinical-trials/" + TestIds.PHASE_3_AML_TRIAL;
        String company = "/api/v1/companies/" + TestIds.EPICEPT;
        for (String[] wrong :
                new String[][] {
                    {event, "expected", "1", "must be true or false"},
                    {trial, "enrollment", "\"320\"", "must be a number"},
                    {trial, "enrollment", "320.5", "must be a number"},
                    {company, "country", "46", "must be a string"}
                }) {
            String etag = given().when().get(wrong[0]).then().extract().header("ETag");
            given().contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body("{\"" + wrong[1] + "\": " + wrong[2] + "}")
                    .when()
                    .patch(wrong[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(wrong[1]))
                    .body("violations[0].message", equalTo(wrong[3]));
            given().when().get(wrong[0]).then().header("ETag", equalTo(etag));
        }
    }

    @Test
    void shouldRefuseQueryParametersOfTheWrongType() {
        for (String[] wrong :
                new String[][] {
                    {"/api/v1/orphan-designations", "designatedFrom", "12345"},
                    {"/api/v1/regulatory-events", "expected", "1"},
                    {"/api/v1/companies", "size", "twenty"},
                    {"/api/v1/companies", "size", "20.0"},
                    {"/api/v1/product-candidates", "owner", "101"}
                }) {
            given().queryParam(wrong[1], wrong[2])
                    .when()
                    .get(wrong[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(wrong[1]));
        }
    }
}
