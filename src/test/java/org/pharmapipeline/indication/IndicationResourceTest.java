package org.pharmapipeline.indication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.AZIXA;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.MELANOMA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class IndicationResourceTest {

    private static final String INDICATIONS = "/api/v1/indications";

    @Test
    void shouldFindTheAmlIndicationByItsMeshId() {
        given().queryParam("diseaseCode", "D015470")
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(AML))
                .body("items[0].diseaseLabel", equalTo("Acute myeloid leukemia"))
                .body(
                        "items[0].setting",
                        equalTo("Maintenance of first remission and prevention of relapse"))
                .body("items[0].product.id", equalTo(CEPLENE))
                .body("items[0].product.name", equalTo("Ceplene"));
    }

    @Test
    void shouldFindTheAmlIndicationByItsIcd10Code() {
        given().queryParam("diseaseCode", "C92.0")
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(AML))
                .body("items[0].meshId", equalTo("D015470"))
                .body("items[0].icd10Code", equalTo("C92.0"))
                .body("items[0].efoId", equalTo("EFO_0000222"));
    }

    @Test
    void shouldListTheAmlIndicationAsTheOnlyFiledOne() {
        given().queryParam("phase", "FILED")
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(AML))
                .body("items[0].phase", equalTo("FILED"))
                .body("items[0].developmentStatus", equalTo("ACTIVE"))
                .body("items[0].combinationPartners", contains("Low-dose interleukin-2 (IL-2)"));
    }

    @Test
    void shouldListOnlyTheAmlIndicationForTheEuropeanUnion() {
        given().queryParam("region", "eu")
                .queryParam("product", CEPLENE)
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(AML))
                .body("items[0].regions", contains("EU"));
    }

    @Test
    void shouldSortByPhaseProgressPuttingUnknownBeforeFiled() {
        given().queryParam("product", CEPLENE)
                .queryParam("sort", "phase")
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(MELANOMA, AML))
                .body("items.phase", contains("UNKNOWN", "FILED"));
    }

    @Test
    void shouldSortByPhaseProgressDescendingPuttingFiledFirst() {
        given().queryParam("product", CEPLENE)
                .queryParam("sort", "-phase")
                .when()
                .get(INDICATIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(AML, MELANOMA))
                .body("items.phase", contains("FILED", "UNKNOWN"));
    }

    @Test
    void shouldRejectAMeshIdThatIsNotADescriptorId() {
        String body =
                """
                {
                  "productId": "%s",
                  "diseaseLabel": "Acute myeloid leukemia",
                  "meshId": "C04.557.337",
                  "phase": "PHASE_2",
                  "developmentStatus": "ACTIVE"
                }
                """
                        .formatted(CEPLENE);
        Response response =
                given().contentType(ContentType.JSON).body(body).when().post(INDICATIONS);
        TemporaryRecords.deleteIfCreated(INDICATIONS, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("meshId"))
                .body(
                        "violations[0].message",
                        equalTo("must be a MeSH descriptor id such as D015470"));
    }

    @Test
    void shouldRefuseToMoveAnIndicationOthersReferToAnotherProduct() {
        String etag = given().get("/api/v1/indications/" + AML).header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"productId\": \"" + AZIXA + "\"}")
                .when()
                .patch("/api/v1/indications/" + AML)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("productId"));
        given().get("/api/v1/indications/" + AML)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("product.id", equalTo(CEPLENE));
    }

    @Test
    void shouldMoveAnIndicationNothingRefersToAnotherProduct() {
        String id =
                TemporaryRecords.create(
                        "/api/v1/indications",
                        "{\"productId\": \""
                                + CEPLENE
                                + "\", \"diseaseLabel\": \"Chronic myeloid leukemia\","
                                + " \"phase\": \"PRECLINICAL\", \"developmentStatus\": \"ACTIVE\"}");
        try {
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body("{\"productId\": \"" + AZIXA + "\"}")
                    .when()
                    .patch("/api/v1/indications/" + id)
                    .then()
                    .statusCode(200)
                    .body("product.id", equalTo(AZIXA))
                    .body("product.name", equalTo("Azixa"));
        } finally {
            TemporaryRecords.delete("/api/v1/indications", id);
        }
    }
}
