package org.pharmapipeline.clinicaltrial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.JsonNumbers.numberEqualTo;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.MELANOMA;
import static org.pharmapipeline.TestIds.MELANOMA_STUDY_2003;
import static org.pharmapipeline.TestIds.PHASE_3_AML_TRIAL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.JsonNumbers;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class ClinicalTrialResourceTest {

    private static final String TRIALS = "/api/v1/clinical-trials";

    @Test
    void shouldDescribeThePhase3TrialWith320PatientsInElevenCountries() {
        given().when()
                .get(TRIALS + "/" + PHASE_3_AML_TRIAL)
                .then()
                .statusCode(200)
                .body("phase", equalTo("PHASE_3"))
                .body("status", equalTo("COMPLETED"))
                .body("enrollment", equalTo(320))
                .body("countryCount", equalTo(11))
                .body("countries", empty())
                .body("indication.id", equalTo(AML))
                .body("primaryEndpointMet", equalTo(true));
    }

    @Test
    void shouldReportTheIntentToTreatAndFirstRemissionPValues() {
        given().config(JsonNumbers.EXACT)
                .when()
                .get(TRIALS + "/" + PHASE_3_AML_TRIAL)
                .then()
                .statusCode(200)
                .body(
                        "results.endpoint",
                        contains("Leukemia-free survival", "Leukemia-free survival"))
                .body("results[0].pValue", numberEqualTo("0.0096"))
                .body("results[0].description", equalTo("Analyzed according to Intent-to-Treat"))
                .body("results[1].pValue", numberEqualTo("0.0113"))
                .body(
                        "results[1].population",
                        equalTo("Patients in first complete remission (CR1)"));
    }

    @Test
    void shouldNameBloodAsThePublication() {
        given().when()
                .get(TRIALS + "/" + PHASE_3_AML_TRIAL)
                .then()
                .statusCode(200)
                .body("publication", containsString("Blood"))
                .body("publication", containsString("volume 108, number 1, July 1, 2006"));
    }

    @Test
    void shouldFindTheMelanomaStudyAsTheTrialThatMissedItsPrimaryEndpoint() {
        given().queryParam("product", CEPLENE)
                .queryParam("primaryEndpointMet", "false")
                .when()
                .get(TRIALS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(MELANOMA_STUDY_2003))
                .body("items[0].indication.id", equalTo(MELANOMA))
                .body("items[0].readoutDate", equalTo("2003-01-01"))
                .body("items[0].readoutPrecision", equalTo("YEAR"))
                .body("items[0].primaryEndpointMet", equalTo(false));
    }

    @Test
    void shouldRejectAReadoutDateWithoutItsPrecision() {
        String body =
                """
                {
                  "productId": "%s",
                  "title": "Readout without precision",
                  "phase": "PHASE_2",
                  "status": "COMPLETED",
                  "readoutDate": "2008-03-01"
                }
                """
                        .formatted(CEPLENE);
        Response response = given().contentType(ContentType.JSON).body(body).when().post(TRIALS);
        TemporaryRecords.deleteIfCreated(TRIALS, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("readoutPrecision"));
    }

    @Test
    void shouldListThe2006TrialBeforeThe2003StudyWhenSortedByReadoutDateDescending() {
        given().queryParam("product", CEPLENE)
                .queryParam("sort", "-readoutDate")
                .when()
                .get(TRIALS)
                .then()
                .statusCode(200)
                .body("items.id", contains(PHASE_3_AML_TRIAL, MELANOMA_STUDY_2003))
                .body("items.readoutDate", contains("2006-07-01", "2003-01-01"));
    }
}
