package org.pharmapipeline.marketestimate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.JsonNumbers.numberEqualTo;
import static org.pharmapipeline.TestIds.AML;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.MARKET_OPPORTUNITY;
import static org.pharmapipeline.TestIds.PREVALENCE_2006;
import static org.pharmapipeline.TestIds.PREVALENCE_2008;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.JsonNumbers;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class MarketEstimateResourceTest {

    private static final String ESTIMATES = "/api/v1/market-estimates";

    @Test
    void shouldKeepBothPrevalenceFiguresSideBySideWithTheirDates() {
        given().config(JsonNumbers.EXACT)
                .queryParam("metric", "PREVALENCE")
                .queryParam("region", "EU")
                .queryParam("product", CEPLENE)
                .queryParam("sort", "statedOn")
                .when()
                .get(ESTIMATES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(PREVALENCE_2006, PREVALENCE_2008))
                .body("items[0].value", numberEqualTo("47000"))
                .body("items[0].statedOn", equalTo("2006-10-09"))
                .body("items[0].display", equalTo("≈ 47,000 patients"))
                .body("items[1].value", numberEqualTo("40000"))
                .body("items[1].statedOn", equalTo("2008-02-27"))
                .body("items[1].display", equalTo("≈ 40,000 patients"));
    }

    @Test
    void shouldCiteEachPrevalenceFigureToTheReleaseThatStatedIt() {
        given().queryParam("metric", "PREVALENCE")
                .queryParam("region", "EU")
                .queryParam("product", CEPLENE)
                .queryParam("sort", "statedOn")
                .when()
                .get(ESTIMATES)
                .then()
                .statusCode(200)
                .body("items[0].citations.sourceId", contains(SOURCE_2006_MAA_FILING))
                .body(
                        "items[0].citations[0].quote",
                        containsString("approximately 47,000 AML patients in the EU"))
                .body("items[1].citations.sourceId", contains(SOURCE_2008_TREND_VOTE))
                .body(
                        "items[1].citations[0].quote",
                        containsString("approximately 40,000 AML patients in the EU"));
    }

    @Test
    void shouldTakeTheProductOfAFigureStatedOnlyForItsIndication() {
        given().when()
                .get(ESTIMATES + "/" + PREVALENCE_2006)
                .then()
                .statusCode(200)
                .body("indication.id", equalTo(AML))
                .body("product.id", equalTo(CEPLENE))
                .body("product.name", equalTo("Ceplene"));
    }

    @Test
    void shouldShowTheMarketOpportunityAsMoreThan300MillionDollarsAYear() {
        given().config(JsonNumbers.EXACT)
                .when()
                .get(ESTIMATES + "/" + MARKET_OPPORTUNITY)
                .then()
                .statusCode(200)
                .body("metric", equalTo("MARKET_OPPORTUNITY"))
                .body("qualifier", equalTo("GT"))
                .body("value", numberEqualTo("300000000"))
                .body("currency", equalTo("USD"))
                .body("period", equalTo("ANNUAL"))
                .body("display", equalTo("> USD 300,000,000 per year"));
    }

    @Test
    void shouldWriteFigureValuesInPlainDecimalNotation() {
        // Clients that read the value into an integer or a money type cannot take 3E+8 for
        // 300000000.
        given().when()
                .get(ESTIMATES + "/" + MARKET_OPPORTUNITY)
                .then()
                .statusCode(200)
                .body(containsString("\"value\":300000000,"))
                .body(not(containsString("E+")));
    }

    @Test
    void shouldRequireACurrencyForAMoneyMetric() {
        Response response = post(estimate("PEAK_SALES", "1000000", null, "EQ", null, null));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("currency"))
                .body("violations[0].message", equalTo("is required for PEAK_SALES"));
    }

    @Test
    void shouldReportBothTheMissingUnitAndTheStrayCurrencyOfAPrevalence() {
        Response response = post(estimate("PREVALENCE", "47000", null, "APPROX", "USD", null));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("unit", "currency"));
    }

    @Test
    void shouldRequireValueHighForARange() {
        Response response = post(estimate("RELAPSE_RATE", "75", null, "RANGE", null, "PERCENT"));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("valueHigh"));
    }

    @Test
    void shouldRejectAPercentageAboveOneHundred() {
        Response response =
                post(estimate("REMISSION_RATE", "120", null, "APPROX", null, "PERCENT"));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("value"))
                .body("violations[0].message", equalTo("must be at most 100 for PERCENT"));
    }

    @Test
    void shouldRejectACurrencyCodeThatIsNotIso4217() {
        Response response =
                post(estimate("MARKET_OPPORTUNITY", "300000000", null, "GT", "XXY", null));

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("currency"))
                .body("violations[0].message", equalTo("must be an ISO 4217 code such as USD"));
    }

    @Test
    void shouldListOnlyTheFiguresStatedIn2008WithStatedFrom() {
        given().queryParam("product", CEPLENE)
                .queryParam("statedFrom", "2008-01-01")
                .when()
                .get(ESTIMATES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body(
                        "items.statedOn",
                        contains(
                                "2008-02-27",
                                "2008-02-27",
                                "2008-02-27",
                                "2008-02-27",
                                "2008-02-27"));
    }

    @Test
    void shouldListOnlyTheFiguresStatedIn2006WithStatedTo() {
        given().queryParam("product", CEPLENE)
                .queryParam("statedTo", "2006-12-31")
                .when()
                .get(ESTIMATES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body(
                        "items.statedOn",
                        contains(
                                "2006-10-09",
                                "2006-10-09",
                                "2006-10-09",
                                "2006-10-09",
                                "2006-10-09"))
                .body("items.id", hasItem(MARKET_OPPORTUNITY));
    }

    private static Response post(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(ESTIMATES);
        TemporaryRecords.deleteIfCreated(ESTIMATES, response);
        return response;
    }

    private static String estimate(
            String metric,
            String value,
            String valueHigh,
            String qualifier,
            String currency,
            String unit) {
        return """
                {
                  "productId": "%s",
                  "indicationId": "%s",
                  "metric": "%s",
                  "region": "EU",
                  "value": %s,
                  "valueHigh": %s,
                  "qualifier": "%s",
                  "currency": %s,
                  "unit": %s,
                  "period": "ANNUAL",
                  "statedOn": "2008-02-27"
                }
                """
                .formatted(
                        CEPLENE,
                        AML,
                        metric,
                        value,
                        valueHigh == null ? "null" : valueHigh,
                        qualifier,
                        quoted(currency),
                        quoted(unit));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
