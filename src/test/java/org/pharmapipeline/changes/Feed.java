package org.pharmapipeline.changes;

import static org.pharmapipeline.AsAdmin.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the change feed as a client follows it: page after page by the next cursor. */
final class Feed {

    static final String CHANGES = "/api/v1/changes";

    private Feed() {}

    /** One page after {@code after}. */
    static JsonPath page(String after, int limit) {
        return given().queryParam("after", after)
                .queryParam("limit", limit)
                .when()
                .get(CHANGES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every change after {@code after}, to the end of the feed as it stands. */
    static List<Map<String, Object>> all(String after) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = page(cursor, 1000);
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return changes;
            }
            changes.addAll(items);
            cursor = page.getString("next");
        }
    }

    /** The cursor of the last change committed so far. */
    static String head() {
        List<Map<String, Object>> changes = all("");
        return changes.isEmpty() ? "" : (String) changes.get(changes.size() - 1).get("cursor");
    }
}
