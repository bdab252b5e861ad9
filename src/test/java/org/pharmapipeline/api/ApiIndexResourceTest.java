package org.pharmapipeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.TestIds.CEPLENE;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.collection.CollectionRegistry;

@QuarkusTest
class ApiIndexResourceTest {

    private static final String INDEX = "/api/v1";

    @Inject CollectionRegistry collections;

    @Test
    void shouldListEveryRegisteredCollectionWithItsDescriptionInTheRegistrysOrder() {
        given().when()
                .get(INDEX)
                .then()
                .statusCode(200)
                .body(
                        "collections.name",
                        equalTo(collections.all().stream().map(c -> c.name()).toList()))
                .body(
                        "collections.href",
                        equalTo(collections.all().stream().map(c -> c.path()).toList()))
                .body(
                        "collections.description",
                        equalTo(collections.all().stream().map(c -> c.description()).toList()));
    }

    @Test
    void shouldListTheEightCollectionsEachAtItsOwnPath() {
        given().when()
                .get(INDEX)
                .then()
                .statusCode(200)
                .body(
                        "collections.name",
                        contains(
                                "sources",
                                "companies",
                                "product-candidates",
                                "indications",
                                "orphan-designations",
                                "regulatory-events",
                                "market-estimates",
                                "clinical-trials"))
                .body(
                        "collections.href",
                        contains(
                                "/api/v1/sources",
                                "/api/v1/companies",
                                "/api/v1/product-candidates",
                                "/api/v1/indications",
                                "/api/v1/orphan-designations",
                                "/api/v1/regulatory-events",
                                "/api/v1/market-estimates",
                                "/api/v1/clinical-trials"))
                .body(
                        "collections.templated",
                        contains(false, false, false, false, false, false, false, false));
    }

    @Test
    void shouldServeAPageOfRecordsAtEveryCollectionItLists() {
        List<String> hrefs = given().when().get(INDEX).then().extract().path("collections.href");
        assertEquals(collections.all().size(), hrefs.size());
        for (String href : hrefs) {
            given().when()
                    .get(href)
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(0))
                    .body("size", equalTo(20));
        }
    }

    @Test
    void shouldListTheViewsWithTemplatesForTheirParameters() {
        given().when()
                .get(INDEX)
                .then()
                .statusCode(200)
                .body(
                        "views.name",
                        contains("pipeline", "search", "timeline", "citations", "changes"))
                .body(
                        "views.href",
                        contains(
                                "/api/v1/pipeline",
                                "/api/v1/search{?q}",
                                "/api/v1/product-candidates/{id}/timeline",
                                "/api/v1/sources/{id}/citations",
                                "/api/v1/changes"))
                .body("views.templated", contains(false, true, true, true, false));
    }

    @Test
    void shouldAnswerEveryViewOnceItsTemplateIsFilledIn() {
        List<String> hrefs = given().when().get(INDEX).then().extract().path("views.href");
        for (String href : hrefs) {
            String url =
                    href.replace("{?q}", "?q=ceplene")
                            .replace("product-candidates/{id}", "product-candidates/" + CEPLENE)
                            .replace("sources/{id}", "sources/" + SOURCE_2006_MAA_FILING);
            given().when().get(url).then().statusCode(200);
        }
        given().when()
                .get("/api/v1/product-candidates/" + CEPLENE + "/timeline")
                .then()
                .body("product.name", equalTo("Ceplene"));
    }

    @Test
    void shouldNameTheApiAndPointAtItsOpenApiDocument() {
        String openapi =
                given().when()
                        .get(INDEX)
                        .then()
                        .statusCode(200)
                        .header("Content-Type", "application/json;charset=UTF-8")
                        .body("title", equalTo("Pharma Pipeline Data API"))
                        .body("version", equalTo("1.0.0"))
                        .extract()
                        .path("openapi");
        assertEquals("/q/openapi", openapi);
        given().when().get(openapi).then().statusCode(200);
    }
}
