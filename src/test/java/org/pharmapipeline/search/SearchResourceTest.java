package org.pharmapipeline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.MAA_SUBMITTED;
import static org.pharmapipeline.TestIds.MELANOMA;
import static org.pharmapipeline.TestIds.MELANOMA_STUDY_2003;
import static org.pharmapipeline.TestIds.PHASE_3_AML_TRIAL;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @Test
    void shouldListCepleneItselfFirstWhenSearchingForCeplene() {
        given().queryParam("q", "ceplene")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].type", equalTo("PRODUCT_CANDIDATE"))
                .body("items[0].id", equalTo(CEPLENE))
                .body("items[0].title", equalTo("Ceplene"))
                .body("items[0].subtitle", equalTo("histamine dihydrochloride"))
                .body("items[0].href", equalTo("/api/v1/product-candidates/" + CEPLENE));
    }

    @Test
    void shouldFindEveryRecordOfCepleneByTheProductName() {
        given().queryParam("q", "ceplene")
                .queryParam("size", 50)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(22))
                .body("items[0].type", equalTo("PRODUCT_CANDIDATE"))
                .body("items[0].id", equalTo(CEPLENE))
                .body(
                        "items.findAll { it.type == 'INDICATION' }.id",
                        containsInAnyOrder(AML, MELANOMA))
                .body(
                        "items.findAll { it.type == 'ORPHAN_DESIGNATION' }.subtitle",
                        contains("Ceplene"))
                .body("items.findAll { it.type == 'REGULATORY_EVENT' }", hasSize(4))
                .body(
                        "items.findAll { it.type == 'CLINICAL_TRIAL' }.id",
                        containsInAnyOrder(MELANOMA_STUDY_2003, PHASE_3_AML_TRIAL))
                .body("items.findAll { it.type == 'MARKET_ESTIMATE' }", hasSize(10))
                .body(
                        "items.findAll { it.type == 'SOURCE' }.id",
                        contains(SOURCE_2008_TREND_VOTE, SOURCE_2006_MAA_FILING))
                .body("items.findAll { it.type == 'REGULATORY_EVENT' }.id", hasItem(MAA_SUBMITTED));
    }

    @Test
    void shouldFindTheAmlIndicationByItsMeshId() {
        given().queryParam("q", "D015470")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].type", equalTo("INDICATION"))
                .body("items[0].id", equalTo(AML))
                .body("items[0].title", equalTo("Acute myeloid leukemia"))
                .body("items[0].subtitle", equalTo("Ceplene"));
    }

    @Test
    void shouldRestrictResultsToTheRequestedType() {
        given().queryParam("q", "epi")
                .queryParam("type", "COMPANY")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.type", everyItem(equalTo("COMPANY")))
                .body("items[0].id", equalTo(EPICEPT))
                .body("items[0].title", equalTo("EpiCept Corporation"));
    }

    @Test
    void shouldRejectASearchTextOfOneCharacter() {
        given().queryParam("q", "a")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"));
    }

    @Test
    void shouldRejectASearchTextThatIsOneCharacterOnceTrimmed() {
        // The service searches for the trimmed text, so the length rule has to hold for it too.
        given().queryParam("q", " a ")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"));
    }

    @Test
    void shouldRejectASortParameter() {
        given().queryParam("q", "ceplene")
                .queryParam("sort", "title")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("sort"));
    }

    @Test
    void shouldPageAcrossKindsWithoutGapsOrDuplicates() {
        List<String> whole =
                given().queryParam("q", "ceplene")
                        .queryParam("size", 200)
                        .when()
                        .get(SEARCH)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class);

        int pages = (whole.size() + 1) / 2;
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            JsonPath body =
                    given().queryParam("q", "ceplene")
                            .queryParam("size", 2)
                            .queryParam("page", page)
                            .when()
                            .get(SEARCH)
                            .then()
                            .statusCode(200)
                            .header("X-Total-Count", String.valueOf(whole.size()))
                            .body("totalItems", equalTo(whole.size()))
                            .body("totalPages", equalTo(pages))
                            .body("items", hasSize(Math.min(2, whole.size() - 2 * page)))
                            .extract()
                            .jsonPath();
            paged.addAll(body.getList("items.id", String.class));
        }

        assertThat(whole, hasSize(22));
        assertThat(paged, equalTo(whole));
    }
}
