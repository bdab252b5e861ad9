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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TemporaryRecords;

/**
 * The search index and type-ahead follow every write: creation, change, deletion, and a product's
 * renaming.
 */
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

            rename(product, "Quorvatin " + word);

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

    @Test
    void shouldSuggestAWholeNameWordBeforeLongerOnesAndFollowRenamesAndDeletions() {
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String whole =
                TemporaryRecords.create(
                        PRODUCTS,
                        """
                        {"name": "Quorvatin %s", "ownerId": "%s", "modality": "SMALL_MOLECULE", "status": "ACTIVE"}
                        """
                                .formatted(word, EPICEPT));
        String longer =
                TemporaryRecords.create(
                        PRODUCTS,
                        """
                        {"name": "Aldrovatin %sx", "ownerId": "%s", "modality": "ANTIBODY", "status": "ACTIVE"}
                        """
                                .formatted(word, EPICEPT));
        try {
            // "aldrovatin" sorts first, but the whole word comes before the longer one
            suggestions(word).body("items.id", equalTo(List.of(whole, longer)));
            suggestions(word.substring(0, word.length() - 1))
                    .body("items.id", equalTo(List.of(longer, whole)));
            suggestions("quorvatin " + word).body("items.id", equalTo(List.of(whole)));
            suggestions("aldrovatin " + word).body("items.id", equalTo(List.of(longer)));

            rename(whole, "Bexarovin " + word);

            suggestions("quorvatin " + word).body("items", empty());
            suggestions("bexarovin " + word)
                    .body("items.id", equalTo(List.of(whole)))
                    .body("items[0].title", equalTo("Bexarovin " + word));
        } finally {
            TemporaryRecords.delete(PRODUCTS, longer);
        }
        suggestions(word).body("items.id", equalTo(List.of(whole)));
        TemporaryRecords.delete(PRODUCTS, whole);
        suggestions(word).body("items", empty());
    }

    /** Renames a product, as a client does: with the ETag it read. */
    private static void rename(String product, String name) {
        String etag = given().get(PRODUCTS + "/" + product).header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"name\": \"" + name + "\"}")
                .when()
                .patch(PRODUCTS + "/" + product)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse suggestions(String q) {
        return given().queryParam("q", q)
                .when()
                .get("/api/v1/search/suggest")
                .then()
                .statusCode(200);
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
