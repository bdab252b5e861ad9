package org.pharmapipeline.search;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pharmapipeline.AsAdmin.given;
import static org.pharmapipeline.TestIds.EPICEPT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/** The search index follows every write: creation, change, deletion, and a product's renaming. */
@QuarkusTest
class SearchIndexTest {

    private static final String PRODUCTS = "/api/v1/product-candidates";
    private static final String INDICATIONS = "/api/v1/indications";

    @Test
    void shouldFindARecordFromItsCreationByItsNewNamesAfterAChangeAndNotAfterItsDeletion() {
        String name = TemporaryRecords.uniqueName("Zorblatix");
        String word = name.substring(name.indexOf(' ') + 1);
        String product =
                TemporaryRecords.create(
                        PRODUCTS,
                        """
                        {"name": "%s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE", "researchCodes": ["QLT-1042"]}
                        """
                                .formatted(name, EPICEPT));
        String indication =
                TemporaryRecords.create(
                        INDICATIONS,
                        """
                        {"productId": "%s", "diseaseLabel": "Wet macular degeneration", "phase": "PHASE_2", "developmentStatus": "ACTIVE"}
                        """
                                .formatted(product));
        try {
            hits(word).body("items.id", equalTo(List.of(product, indication)));
            hits("zorblatix qlt-1042").body("items.id", equalTo(List.of(product)));

            String etag = given().get(PRODUCTS + "/" + product).header("ETag");
            given().contentType("application/merge-patch+json")
                    .header("If-Match", etag)
                    .body("{\"name\": \"Quorvatin " + word + "\"}")
                    .when()
                    .patch(PRODUCTS + "/" + product)
                    .then()
                    .statusCode(200);

            hits("zorblatix " + word).body("items", empty());
            hits("quorvatin " + word)
                    .body("items.id", equalTo(List.of(product, indication)))
                    .body("items[1].subtitle", equalTo("Quorvatin " + word));
        } finally {
            TemporaryRecords.delete(INDICATIONS, indication);
        }
        hits(word).body("items.id", not(hasItem(indication)));
        TemporaryRecords.delete(PRODUCTS, product);
        hits(word).body("items", empty());
    }

    private static io.restassured.response.ValidatableResponse hits(String q) {
        return given().contentType(ContentType.JSON)
                .queryParam("q", q)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200);
    }
}
