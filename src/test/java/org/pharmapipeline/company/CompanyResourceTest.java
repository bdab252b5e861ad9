package org.pharmapipeline.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.EPICEPT;
import static org.pharmapipeline.TestIds.MYRIAD;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

@QuarkusTest
class CompanyResourceTest {

    private static final String COMPANIES = "/api/v1/companies";
    private static final String PRODUCTS = "/api/v1/product-candidates";

    @Test
    void shouldFindEpiCeptByItsTickerOnBothExchanges() {
        given().queryParam("ticker", "epct")
                .when()
                .get(COMPANIES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(EPICEPT))
                .body("items[0].name", equalTo("EpiCept Corporation"))
                .body("items[0].listings.mic", containsInAnyOrder("XNAS", "XSTO"))
                .body("items[0].listings.ticker", contains("EPCT", "EPCT"))
                .body(
                        "items[0].listings.exchange",
                        containsInAnyOrder("NASDAQ", "OMX Nordic Exchange Stockholm"));
    }

    @Test
    void shouldFindMyriadByNameOrAlias() {
        given().queryParam("q", "myriad")
                .when()
                .get(COMPANIES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(MYRIAD))
                .body("items[0].name", equalTo("Myriad Genetics, Inc."))
                .body("items[0].aliases", contains("Myriad"));
    }

    @Test
    void shouldRejectASecondCompanyWithTheSameNameAsAConflictOnName() {
        Response response =
                given().contentType(ContentType.JSON)
                        .body("{\"name\": \"EpiCept Corporation\", \"country\": \"US\"}")
                        .when()
                        .post(COMPANIES);
        TemporaryRecords.deleteIfCreated(COMPANIES, response);

        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("violations.field", contains("name"));
    }

    @Test
    void shouldRefuseToDeleteACompanyThatOwnsProductsAndKeepItsListings() {
        String company =
                TemporaryRecords.create(
                        COMPANIES,
                        """
                {
                  "name": "%s",
                  "aliases": ["Owner probe"],
                  "country": "US",
                  "listings": [{"exchange": "NASDAQ", "mic": "XNAS", "ticker": "OWNP"}]
                }
                """
                                .formatted(TemporaryRecords.uniqueName("Owner probe Inc.")));
        String product =
                TemporaryRecords.create(
                        PRODUCTS,
                        """
                {"name": "%s", "ownerId": "%s", "modality": "UNKNOWN", "status": "ACTIVE"}
                """
                                .formatted(TemporaryRecords.uniqueName("Owned probe"), company));
        try {
            given().header("If-Match", "\"0\"")
                    .when()
                    .delete(COMPANIES + "/" + company)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");

            given().when()
                    .get(COMPANIES + "/" + company)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("aliases", contains("Owner probe"))
                    .body("listings.ticker", contains("OWNP"));
        } finally {
            TemporaryRecords.delete(PRODUCTS, product);
            TemporaryRecords.delete(COMPANIES, company);
        }
    }

    @Test
    void shouldRejectALowercaseCountryCode() {
        Response response =
                given().contentType(ContentType.JSON)
                        .body(
                                "{\"name\": \"%s\", \"country\": \"us\"}"
                                        .formatted(TemporaryRecords.uniqueName("Lowercase")))
                        .when()
                        .post(COMPANIES);
        TemporaryRecords.deleteIfCreated(COMPANIES, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("country"));
    }

    @Test
    void shouldRejectANullCitationAsAnInvalidField() {
        String name = TemporaryRecords.uniqueName("Null cited");
        rejectAsInvalid("{\"name\": \"%s\", \"citations\": [null]}".formatted(name), "citations");
    }

    @Test
    void shouldRejectANullListingAsAnInvalidField() {
        String name = TemporaryRecords.uniqueName("Null listed");
        rejectAsInvalid("{\"name\": \"%s\", \"listings\": [null]}".formatted(name), "listings");
    }

    private static void rejectAsInvalid(String body, String field) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(COMPANIES);
        TemporaryRecords.deleteIfCreated(COMPANIES, response);

        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pipeline:problem:validation-error"))
                .body("violations.field", hasItem(startsWith(field)));
    }
}
