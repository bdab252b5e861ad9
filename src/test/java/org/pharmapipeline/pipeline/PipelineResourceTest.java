package org.pharmapipeline.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.pharmapipeline.TestIds.AZIXA;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.MYRIAD;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineResourceTest {

    private static final String PIPELINE = "/api/v1/pipeline";

    @Test
    void shouldCountAllFourCandidates() {
        given().when().get(PIPELINE).then().statusCode(200).body("totalCandidates", equalTo(4));
    }

    @Test
    void shouldPlaceCepleneAloneInTheFiledColumn() {
        given().when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body("phases.find { it.phase == 'FILED' }.count", equalTo(1))
                .body("phases.find { it.phase == 'FILED' }.candidates.id", contains(CEPLENE))
                .body("phases.find { it.phase == 'FILED' }.candidates[0].name", equalTo("Ceplene"))
                .body(
                        "phases.find { it.phase == 'FILED' }.candidates[0].inn",
                        equalTo("histamine dihydrochloride"))
                .body(
                        "phases.find { it.phase == 'FILED' }.candidates[0].owner.id",
                        equalTo(EPICEPT));
    }

    @Test
    void shouldPlaceTheThreeCandidatesWithoutIndicationsInTheUnknownColumnByName() {
        given().when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body("phases.find { it.phase == 'UNKNOWN' }.count", equalTo(3))
                .body(
                        "phases.find { it.phase == 'UNKNOWN' }.candidates.name",
                        contains("Azixa", "EPC 2407", "NP-1"));
    }

    @Test
    void shouldListEveryPhaseFromPreclinicalToApprovedThenUnknown() {
        given().when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body(
                        "phases.phase",
                        contains(
                                "PRECLINICAL",
                                "PHASE_1",
                                "PHASE_1_2",
                                "PHASE_2",
                                "PHASE_2_3",
                                "PHASE_3",
                                "FILED",
                                "APPROVED",
                                "UNKNOWN"))
                .body(
                        "phases.findAll { it.phase != 'FILED' && it.phase != 'UNKNOWN' }.count",
                        everyItem(equalTo(0)));
    }

    @Test
    void shouldCountOnlyMyriadsCandidateWhenFilteredByOwner() {
        given().queryParam("owner", MYRIAD)
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body("totalCandidates", equalTo(1))
                .body("phases.find { it.phase == 'UNKNOWN' }.count", equalTo(1))
                .body("phases.find { it.phase == 'UNKNOWN' }.candidates.id", contains(AZIXA))
                .body("phases.find { it.phase == 'FILED' }.count", equalTo(0));
    }

    @Test
    void shouldGiveCountsWithoutCandidatesWhenLimitPerPhaseIsZero() {
        given().queryParam("limitPerPhase", 0)
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body("totalCandidates", equalTo(4))
                .body("phases.find { it.phase == 'FILED' }.count", equalTo(1))
                .body("phases.find { it.phase == 'UNKNOWN' }.count", equalTo(3))
                .body("phases.candidates", everyItem(empty()));
    }

    @Test
    void shouldListAtMostLimitPerPhaseCandidatesWhileCountingThemAll() {
        given().queryParam("limitPerPhase", 2)
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body("phases.find { it.phase == 'UNKNOWN' }.count", equalTo(3))
                .body(
                        "phases.find { it.phase == 'UNKNOWN' }.candidates.name",
                        contains("Azixa", "EPC 2407"));
    }

    @Test
    void shouldLinkEachPhaseToItsCandidateListWithTheSameFilters() {
        given().queryParam("owner", EPICEPT)
                .queryParam("modality", "SMALL_MOLECULE")
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body(
                        "phases.find { it.phase == 'FILED' }.href",
                        equalTo(
                                "/api/v1/product-candidates?highestPhase=FILED&owner="
                                        + EPICEPT
                                        + "&modality=SMALL_MOLECULE"));
    }

    @Test
    void shouldLinkToTheListOfThePhaseWithTheClientsTextEncoded() {
        given().queryParam("q", "a&b c")
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(200)
                .body(
                        "phases.find { it.phase == 'UNKNOWN' }.href",
                        equalTo("/api/v1/product-candidates?highestPhase=UNKNOWN&q=a%26b+c"));
    }

    @Test
    void shouldRejectALimitPerPhaseAbove50() {
        given().queryParam("limitPerPhase", 51)
                .when()
                .get(PIPELINE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("limitPerPhase"));
    }
}
