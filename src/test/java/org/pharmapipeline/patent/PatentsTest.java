package org.pharmapipeline.patent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TestIds;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;

/**
 * Registering a tenth collection is all it takes: with the patents' package built in, and no other
 * change, the index lists them, the contract documents them, search and a source's citations cover
 * them, and they load after what they refer to. ({@link PatentsContractTest} runs the tests every
 * collection shares against them too.)
 */
@QuarkusTest
@TestProfile(PatentsRegistered.class)
class PatentsTest {

    @Inject CollectionRegistry collections;

    @Test
    void shouldListTheTenthCollectionInTheIndex() {
        given().when()
                .get("/api/v1")
                .then()
                .statusCode(200)
                .body("collections.size()", equalTo(9))
                .body("collections[8].name", equalTo("patents"))
                .body("collections[8].href", equalTo("/api/v1/patents"))
                .body(
                        "collections[8].description",
                        equalTo("Patents that protect product candidates."));
    }

    @Test
    void shouldDocumentItsOperationsTagAndKindInTheContract() {
        JsonPath doc =
                given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("listPatents", doc.getString("paths.'/api/v1/patents'.get.operationId"));
        assertEquals("createPatent", doc.getString("paths.'/api/v1/patents'.post.operationId"));
        for (String method : List.of("get", "put", "patch", "delete")) {
            Map<String, Object> operation = doc.getMap("paths.'/api/v1/patents/{id}'." + method);
            assertEquals(List.of("Patents"), operation.get("tags"), method);
        }
        assertEquals(
                "Delete a patent", doc.getString("paths.'/api/v1/patents/{id}'.delete.summary"));
        assertEquals(
                "#/components/responses/PreconditionFailed",
                doc.getString("paths.'/api/v1/patents/{id}'.put.responses.'412'.$ref"));
        List<Map<String, String>> tags = doc.getList("tags");
        assertEquals(
                List.of(
                        Map.of(
                                "name",
                                "Patents",
                                "description",
                                "Patents that protect product candidates.")),
                tags.stream().filter(t -> t.get("name").equals("Patents")).toList());
        List<String> kinds = doc.getList("components.schemas.RecordKind.enum");
        assertEquals("PATENT", kinds.get(kinds.size() - 1));
        assertEquals(9, kinds.size());
    }

    @Test
    void shouldFindItBySearchAndAmongTheRecordsThatCiteASource() {
        given().queryParam("q", "ep1234567")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("PATENT")))
                .body("items[0].href", equalTo("/api/v1/patents/" + PatentSeed.SEEDED))
                .body("items[0].subtitle", equalTo("Ceplene"));
        given().queryParam("q", "ceplene")
                .queryParam("type", "PATENT")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(PatentSeed.SEEDED)));
        given().queryParam("size", 200)
                .when()
                .get("/api/v1/sources/" + TestIds.SOURCE_2006_MAA_FILING + "/citations")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("PATENT"))
                .body("items.id", hasItems(PatentSeed.SEEDED, TestIds.CEPLENE));
        given().queryParam("q", "ceplene")
                .queryParam("type", "PATENTS")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("type"))
                .body(
                        "violations[0].message",
                        equalTo(
                                "must be one of PRODUCT_CANDIDATE, COMPANY, INDICATION,"
                                        + " ORPHAN_DESIGNATION, REGULATORY_EVENT, CLINICAL_TRIAL,"
                                        + " MARKET_ESTIMATE, SOURCE, PATENT"));
    }

    @Test
    void shouldComeAfterTheCollectionsItRefersTo() {
        List<String> order = collections.all().stream().map(CollectionDefinition::name).toList();
        assertEquals("patents", order.get(order.size() - 1));
        assertEquals(
                List.of(collections.of(Patent.class)),
                collections
                        .referring(org.pharmapipeline.productcandidate.ProductCandidate.class)
                        .stream()
                        .map(CollectionRegistry.Referrer::collection)
                        .filter(c -> c.name().equals("patents"))
                        .toList());
    }
}
