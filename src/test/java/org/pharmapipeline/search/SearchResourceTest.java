package org.pharmapipeline.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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
    private static final String SUGGEST = "/api/v1/search/suggest";

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

    @Test
    void shouldMarkTheMatchedWordsInEachHitsSnippet() {
        given().queryParam("q", "ceplene")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].snippet", startsWith("«Ceplene»"));
    }

    @Test
    void shouldFindAResearchCodeWrittenApartTogetherOrWithAHyphen() {
        for (String q : List.of("EPC 2407", "epc2407", "EPC-2407")) {
            given().queryParam("q", q)
                    .when()
                    .get(SEARCH)
                    .then()
                    .statusCode(200)
                    .body("items[0].type", equalTo("PRODUCT_CANDIDATE"))
                    .body("items[0].title", equalTo("EPC 2407"));
        }
    }

    @Test
    void shouldFindOnlyRecordsThatHoldEveryWordTheLastAsAPrefix() {
        given().queryParam("q", "acute myel")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(AML))
                .body("items[0].snippet", startsWith("«Acute» «myeloid» leukemia"));
        given().queryParam("q", "acute melanoma")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void shouldRankAProductFoundByItsInnAboveRecordsThatOnlyMentionIt() {
        given().queryParam("q", "histamine")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(CEPLENE))
                .body("items[0].snippet", containsString("«histamine» dihydrochloride"));
    }

    @Test
    void shouldRejectAQueryWithoutALetterOrDigit() {
        given().queryParam("q", "-- !")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"))
                .body("violations.message", contains("must hold a letter or a digit"));
    }

    @Test
    void shouldRejectAQueryOfMoreThanTenWords() {
        given().queryParam("q", "a b c d e f g h i j k")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.message", contains("must hold at most 10 words"));
    }

    @Test
    void shouldPageByCursorThroughTheSameHitsAsOnePage() {
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
        List<String> paged = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath body =
                    given().queryParam("q", "ceplene")
                            .queryParam("size", 5)
                            .queryParam("cursor", cursor)
                            .when()
                            .get(SEARCH)
                            .then()
                            .statusCode(200)
                            .body("totalItems", cursor.isEmpty() ? notNullValue() : nullValue())
                            .extract()
                            .jsonPath();
            paged.addAll(body.getList("items.id", String.class));
            cursor = body.getString("nextCursor");
        } while (cursor != null);

        assertThat(paged, equalTo(whole));
    }

    @Test
    void shouldRejectACursorThatIsNotOneOfOurs() {
        given().queryParam("q", "ceplene")
                .queryParam("cursor", "abc")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("cursor"));
    }

    @Test
    void shouldSuggestCepleneFirstForCep() {
        given().queryParam("q", "cep")
                .when()
                .get(SUGGEST)
                .then()
                .statusCode(200)
                .body("items[0].type", equalTo("PRODUCT_CANDIDATE"))
                .body("items[0].id", equalTo(CEPLENE))
                .body("items[0].title", equalTo("Ceplene"))
                .body("items[0].subtitle", equalTo("histamine dihydrochloride"))
                .body("items[0].href", equalTo("/api/v1/product-candidates/" + CEPLENE))
                .body("items.type", everyItem(equalTo("PRODUCT_CANDIDATE")));
    }

    @Test
    void shouldSuggestOnlyNamesNotDiseasesOrDescriptions() {
        given().queryParam("q", "leuk")
                .when()
                .get(SUGGEST)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldSuggestAtMostTheLimitAndOnlyTheKindsAsked() {
        given().queryParam("q", "e")
                .queryParam("limit", 2)
                .when()
                .get(SUGGEST)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        given().queryParam("q", "e")
                .queryParam("type", "COMPANY")
                .when()
                .get(SUGGEST)
                .then()
                .statusCode(200)
                .body("items.title", contains("EpiCept Corporation"));
    }

    @Test
    void shouldRejectASuggestLimitAboveTen() {
        given().queryParam("q", "cep")
                .queryParam("limit", 11)
                .when()
                .get(SUGGEST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("limit"));
    }

    @Test
    void shouldRejectAnEmptyOrTooLongSuggestText() {
        for (String q : List.of("", " ", "x".repeat(101))) {
            given().queryParam("q", q)
                    .when()
                    .get(SUGGEST)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("q"));
        }
    }
}
