package org.pharmapipeline.productcandidate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.AZIXA;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.MYRIAD;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class ProductCandidateResourceTest {

    private static final String PRODUCTS = "/api/v1/product-candidates";
    private static final String INDICATIONS = "/api/v1/indications";

    @Test
    void shouldFindCepleneByItsInn() {
        given().queryParam("q", "histamine")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CEPLENE))
                .body("items[0].name", equalTo("Ceplene"))
                .body("items[0].inn", equalTo("histamine dihydrochloride"));
    }

    @Test
    void shouldFindCepleneByNameIgnoringCase() {
        given().queryParam("q", "CePlEnE")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CEPLENE));
    }

    @Test
    void shouldShowCeplenesOwnerByIdAndName() {
        given().queryParam("q", "histamine")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items[0].owner.id", equalTo(EPICEPT))
                .body("items[0].owner.name", equalTo("EpiCept Corporation"));
    }

    @Test
    void shouldDeriveCeplenesHighestPhaseFiledFromItsAmlIndication() {
        given().queryParam("q", "histamine")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items[0].highestPhase", equalTo("FILED"));
    }

    @Test
    void shouldCiteBothPressReleasesForCeplene() {
        given().queryParam("q", "histamine")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items[0].citations", hasSize(5))
                .body("items[0].citations[0].sourceId", equalTo(SOURCE_2006_MAA_FILING))
                .body(
                        "items[0].citations[0].quote",
                        equalTo(
                                "Ceplene(TM) (histamine dihydrochloride), the Company's lead oncology product candidate"))
                .body("items[0].citations[0].locator", equalTo("page 1, paragraph 1"))
                .body("items[0].citations[4].sourceId", equalTo(SOURCE_2008_TREND_VOTE));
    }

    @Test
    void shouldListTheThreeCandidatesOwnedByEpiCept() {
        given().queryParam("owner", EPICEPT)
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.name", containsInAnyOrder("Ceplene", "NP-1", "EPC 2407"));
    }

    @Test
    void shouldListAzixaAsTheOnlyCandidateWithEpiCeptAsPartner() {
        given().queryParam("partner", EPICEPT)
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(AZIXA))
                .body("items[0].owner.id", equalTo(MYRIAD))
                .body("items[0].owner.name", equalTo("Myriad Genetics, Inc."))
                .body("items[0].partners[0].company.id", equalTo(EPICEPT))
                .body("items[0].partners[0].company.name", equalTo("EpiCept Corporation"));
    }

    @Test
    void shouldListOnlyCepleneAsFiled() {
        given().queryParam("highestPhase", "FILED")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.name", contains("Ceplene"));
    }

    @Test
    void shouldListTheThreeCandidatesWithoutIndicationsAsUnknownPhase() {
        given().queryParam("highestPhase", "UNKNOWN")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.name", containsInAnyOrder("Azixa", "NP-1", "EPC 2407"))
                .body("items.highestPhase", contains("UNKNOWN", "UNKNOWN", "UNKNOWN"));
    }

    @Test
    void shouldListAllFourCandidatesAsActive() {
        given().queryParam("status", "ACTIVE")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.name", containsInAnyOrder("Ceplene", "Azixa", "NP-1", "EPC 2407"));
    }

    @Test
    void shouldListNoDiscontinuedCandidates() {
        given().queryParam("status", "DISCONTINUED")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items", empty());
    }

    @Test
    void shouldMatchTherapeuticAreaIgnoringCase() {
        given().queryParam("therapeuticArea", "oncology")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(CEPLENE))
                .body("items[0].therapeuticAreas", contains("Oncology"));
    }

    @Test
    void shouldSortByNameDescending() {
        given().queryParam("sort", "-name")
                .when()
                .get(PRODUCTS)
                .then()
                .statusCode(200)
                .body("items.name", contains("NP-1", "EPC 2407", "Ceplene", "Azixa"));
    }

    @Test
    void shouldRaiseAndLowerHighestPhaseAsIndicationsComeAndGo() {
        String product =
                TemporaryRecords.create(
                        PRODUCTS, product(TemporaryRecords.uniqueName("Phase probe")));
        String phase2 = null;
        String phase3 = null;
        try {
            highestPhaseOf(product, "UNKNOWN");

            phase2 = TemporaryRecords.create(INDICATIONS, indication(product, "PHASE_2"));
            highestPhaseOf(product, "PHASE_2");

            phase3 = TemporaryRecords.create(INDICATIONS, indication(product, "PHASE_3"));
            highestPhaseOf(product, "PHASE_3");

            TemporaryRecords.delete(INDICATIONS, phase3);
            phase3 = null;
            highestPhaseOf(product, "PHASE_2");
        } finally {
            if (phase3 != null) {
                TemporaryRecords.delete(INDICATIONS, phase3);
            }
            if (phase2 != null) {
                TemporaryRecords.delete(INDICATIONS, phase2);
            }
            TemporaryRecords.delete(PRODUCTS, product);
        }
    }

    @Test
    void shouldRejectHighestPhaseInACreateBodyBecauseItIsDerived() {
        String body =
                product(TemporaryRecords.uniqueName("Phase setter"))
                        .replace(
                                "\"status\": \"ACTIVE\"",
                                "\"status\": \"ACTIVE\", \"highestPhase\": \"APPROVED\"");
        Response response = given().contentType(ContentType.JSON).body(body).when().post(PRODUCTS);
        TemporaryRecords.deleteIfCreated(PRODUCTS, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("highestPhase"));
    }

    @Test
    void shouldRefuseToDeleteACandidateThatStillHasIndicationsAndChangeNothing() {
        String product =
                TemporaryRecords.create(
                        PRODUCTS, product(TemporaryRecords.uniqueName("Still indicated")));
        String indication = TemporaryRecords.create(INDICATIONS, indication(product, "PHASE_1"));
        try {
            given().header("If-Match", "\"0\"")
                    .when()
                    .delete(PRODUCTS + "/" + product)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409));

            given().when()
                    .get(PRODUCTS + "/" + product)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("highestPhase", equalTo("PHASE_1"))
                    .body("researchCodes", contains("TMP-1"))
                    .body("therapeuticAreas", contains("Oncology"))
                    .body("citations", hasSize(1));
            given().when()
                    .get(INDICATIONS + "/" + indication)
                    .then()
                    .statusCode(200)
                    .body("product.id", equalTo(product));
        } finally {
            TemporaryRecords.delete(INDICATIONS, indication);
            TemporaryRecords.delete(PRODUCTS, product);
        }
    }

    @Test
    void shouldRejectAnUnknownOwnerNamingOwnerId() {
        String unknown = UUID.randomUUID().toString();
        String body = product(TemporaryRecords.uniqueName("Orphaned")).replace(EPICEPT, unknown);
        Response response = given().contentType(ContentType.JSON).body(body).when().post(PRODUCTS);
        TemporaryRecords.deleteIfCreated(PRODUCTS, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("ownerId"))
                .body("violations[0].message", containsString(unknown));
    }

    @Test
    void shouldNameABlankResearchCodeByItsPositionInTheList() {
        String body =
                product(TemporaryRecords.uniqueName("Blank code"))
                        .replace(
                                "\"researchCodes\": [\"TMP-1\"]",
                                "\"researchCodes\": [\"TMP-1\", \"\"]");
        Response response = given().contentType(ContentType.JSON).body(body).when().post(PRODUCTS);
        TemporaryRecords.deleteIfCreated(PRODUCTS, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("researchCodes[1]"));
    }

    private static void highestPhaseOf(String product, String phase) {
        given().when()
                .get(PRODUCTS + "/" + product)
                .then()
                .statusCode(200)
                .body("highestPhase", equalTo(phase));
    }

    private static String product(String name) {
        return """
                {
                  "name": "%s",
                  "researchCodes": ["TMP-1"],
                  "ownerId": "%s",
                  "modality": "SMALL_MOLECULE",
                  "therapeuticAreas": ["Oncology"],
                  "status": "ACTIVE",
                  "citations": [{"sourceId": "%s", "quote": "the Company's lead oncology product candidate"}]
                }
                """
                .formatted(name, EPICEPT, SOURCE_2006_MAA_FILING);
    }

    private static String indication(String product, String phase) {
        return """
                {
                  "productId": "%s",
                  "diseaseLabel": "Acute myeloid leukemia",
                  "phase": "%s",
                  "developmentStatus": "ACTIVE"
                }
                """
                .formatted(product, phase);
    }
}
