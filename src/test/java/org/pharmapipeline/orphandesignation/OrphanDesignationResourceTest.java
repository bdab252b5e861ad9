package org.pharmapipeline.orphandesignation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EMA_ORPHAN_DESIGNATION;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class OrphanDesignationResourceTest {

    private static final String DESIGNATIONS = "/api/v1/orphan-designations";
    private static final String PRODUCTS = "/api/v1/product-candidates";

    @Test
    void shouldListTheEmaDesignationOfCepleneGrantedOnApril112005() {
        given().queryParam("agency", "EMA")
                .queryParam("status", "DESIGNATED")
                .queryParam("product", CEPLENE)
                .when()
                .get(DESIGNATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(EMA_ORPHAN_DESIGNATION))
                .body("items[0].designationDate", equalTo("2005-04-11"))
                .body("items[0].region", equalTo("EU"))
                .body("items[0].designationNumber", nullValue())
                .body(
                        "items[0].designatedCondition",
                        equalTo("Treatment of acute myeloid leukemia"))
                .body("items[0].product.id", equalTo(CEPLENE))
                .body("items[0].product.name", equalTo("Ceplene"))
                .body("items[0].indication.id", equalTo(AML));
    }

    @Test
    void shouldIncludeADesignationDatedOnBothBoundsOfTheRange() {
        given().queryParam("product", CEPLENE)
                .queryParam("designatedFrom", "2005-04-11")
                .queryParam("designatedTo", "2005-04-11")
                .when()
                .get(DESIGNATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(EMA_ORPHAN_DESIGNATION));
    }

    @Test
    void shouldExcludeTheDesignationWhenDesignatedFromIsTheDayAfter() {
        given().queryParam("product", CEPLENE)
                .queryParam("designatedFrom", "2005-04-12")
                .when()
                .get(DESIGNATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldExcludeTheDesignationWhenDesignatedToIsTheDayBefore() {
        given().queryParam("product", CEPLENE)
                .queryParam("designatedTo", "2005-04-10")
                .when()
                .get(DESIGNATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectAnEmaNumberNotShapedLikeEu3YyNnn() {
        Response response = post(designation("EMA", "EU/05/123", "2005-04-11", CEPLENE, null));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("designationNumber"))
                .body(
                        "violations[0].message",
                        equalTo("must look like EU/3/YY/NNN for agency EMA"));
    }

    @Test
    void shouldRejectAnEmaNumberWhoseYearIsNotTheDesignationYear() {
        Response response = post(designation("EMA", "EU/3/06/301", "2005-04-11", CEPLENE, null));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("designationNumber"))
                .body("violations[0].message", containsString("EU/3/05/"));
    }

    @Test
    void shouldAcceptAnFdaNumberAndPlaceItInTheUnitedStates() {
        String id =
                TemporaryRecords.create(
                        DESIGNATIONS, designation("FDA", "05-2109", "2005-06-01", CEPLENE, AML));
        try {
            given().when()
                    .get(DESIGNATIONS + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("agency", equalTo("FDA"))
                    .body("region", equalTo("US"))
                    .body("designationNumber", equalTo("05-2109"))
                    .body("indication.id", equalTo(AML));
        } finally {
            TemporaryRecords.delete(DESIGNATIONS, id);
        }
    }

    @Test
    void shouldRejectADuplicateDesignationNumberAsAConflictOnThatField() {
        String first =
                TemporaryRecords.create(
                        DESIGNATIONS,
                        designation("FDA", "DRU-2005-2110", "2005-06-01", CEPLENE, null));
        try {
            Response second =
                    post(designation("FDA", "DRU-2005-2110", "2005-07-01", CEPLENE, null));

            second.then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409))
                    .body("violations.field", contains("designationNumber"));
        } finally {
            TemporaryRecords.delete(DESIGNATIONS, first);
        }
    }

    @Test
    void shouldRejectAnIndicationThatBelongsToAnotherProduct() {
        String product =
                TemporaryRecords.create(
                        PRODUCTS,
                        """
                {
                  "name": "%s",
                  "ownerId": "%s",
                  "modality": "UNKNOWN",
                  "status": "ACTIVE"
                }
                """
                                .formatted(
                                        TemporaryRecords.uniqueName("Designation probe"), EPICEPT));
        try {
            Response response = post(designation("EMA", null, "2005-04-11", product, AML));

            response.then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("indicationId"))
                    .body("violations[0].message", containsString("Ceplene"));
        } finally {
            TemporaryRecords.delete(PRODUCTS, product);
        }
    }

    /** Posts a designation that should be rejected, removing it again if it was stored anyway. */
    private static Response post(String body) {
        Response response =
                given().contentType(ContentType.JSON).body(body).when().post(DESIGNATIONS);
        TemporaryRecords.deleteIfCreated(DESIGNATIONS, response);
        return response;
    }

    private static String designation(
            String agency, String number, String date, String product, String indication) {
        return """
                {
                  "agency": "%s",
                  "designationNumber": %s,
                  "designatedCondition": "Treatment of acute myeloid leukemia",
                  "productId": "%s",
                  "indicationId": %s,
                  "designationDate": "%s",
                  "status": "DESIGNATED",
                  "citations": [{"sourceId": "%s", "quote": "designated as an orphan medicinal product"}]
                }
                """
                .formatted(
                        agency,
                        quoted(number),
                        product,
                        quoted(indication),
                        date,
                        SOURCE_2008_TREND_VOTE);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
