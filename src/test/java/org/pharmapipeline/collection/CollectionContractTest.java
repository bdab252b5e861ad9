package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.TemporaryRecords;

/**
 * The HTTP contract every collection shares, checked for every registered collection rather than
 * copied per resource: paging and links, ETags and conditional requests, and the problem answers to
 * bad input, none of which may change stored data. The collections come from the registry, so a new
 * one is checked as soon as it is registered (and fails until it has a {@link ContractSample}).
 */
@QuarkusTest
public class CollectionContractTest {

    static final String PROBLEM = "application/problem+json";

    /**
     * One sample per registered collection, in the registry's order: a collection without one fails
     * here rather than skip the tests every collection must pass.
     */
    public static Stream<ContractSample> collections() {
        return ContractSample.forEveryCollection().stream();
    }

    public static Stream<ContractSample> collectionsWithEnums() {
        return collections().filter(c -> c.enumField() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldPageWithTotalsAndLinks(ContractSample c) {
        Response first = given().queryParam("size", 1).when().get("/api/v1/" + c.path());
        first.then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("totalItems", greaterThan(0));
        int total = first.path("totalItems");
        assertEquals(String.valueOf(total), first.header("X-Total-Count"));
        assertEquals(total, (int) first.path("totalPages"));
        String link = first.header("Link");
        org.hamcrest.MatcherAssert.assertThat(link, containsString("rel=\"first\""));
        org.hamcrest.MatcherAssert.assertThat(
                link, containsString("page=" + (total - 1) + ">; rel=\"last\""));
        if (total > 1) {
            org.hamcrest.MatcherAssert.assertThat(
                    link, containsString("cursor=" + first.path("nextCursor") + ">; rel=\"next\""));
            given().queryParam("size", 1)
                    .queryParam("page", 1)
                    .when()
                    .get("/api/v1/" + c.path())
                    .then()
                    .statusCode(200)
                    .header("Link", containsString("page=0>; rel=\"prev\""))
                    .body("items[0].id", not(equalTo(first.path("items[0].id"))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldServeARecordWithItsETagAndAnswer304WhenUnchanged(ContractSample c) {
        String etag =
                given().when()
                        .get("/api/v1/" + c.path() + "/" + c.seededId())
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .body("id", equalTo(c.seededId()))
                        .header("ETag", startsWith("\""))
                        .extract()
                        .header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/api/v1/" + c.path() + "/" + c.seededId())
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"999\"")
                .when()
                .get("/api/v1/" + c.path() + "/" + c.seededId())
                .then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldCreateUpdateAndDeleteWithOptimisticConcurrency(ContractSample c) {
        Response created =
                given().contentType(ContentType.JSON)
                        .body(c.body())
                        .when()
                        .post("/api/v1/" + c.path());
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
        String id = created.path("id");
        String location = created.header("Location");
        org.hamcrest.MatcherAssert.assertThat(
                location, containsString("/api/v1/" + c.path() + "/" + id));
        given().when().get(location).then().statusCode(200).body("id", equalTo(id));

        Map<String, Object> changed = new HashMap<>(c.body());
        changed.put(c.field(), c.newValue());
        given().contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("If-Match"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body(c.field(), equalTo(c.newValue()));

        // Sending the same state again is not a change: the version, and so every cached ETag,
        // stays.
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(changed)
                .when()
                .put("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));

        // A second writer still holding version 0 must not overwrite the first writer's change.
        Map<String, Object> stale = new HashMap<>(c.body());
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(stale)
                .when()
                .put("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("status", equalTo(412));
        given().when()
                .get("/api/v1/" + c.path() + "/" + id)
                .then()
                .body("version", equalTo(1))
                .body(c.field(), equalTo(c.newValue()));

        given().when()
                .delete("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(204);
        given().when()
                .get("/api/v1/" + c.path() + "/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldPatchOneFieldAndKeepTheOthers(ContractSample c) {
        Response created =
                given().contentType(ContentType.JSON)
                        .body(c.body())
                        .when()
                        .post("/api/v1/" + c.path());
        created.then().statusCode(201);
        String id = created.path("id");
        String url = "/api/v1/" + c.path() + "/" + id;
        Map<String, Object> patch = Map.of(c.field(), c.newValue());
        try {
            given().contentType("application/merge-patch+json")
                    .body(patch)
                    .when()
                    .patch(url)
                    .then()
                    .statusCode(428);
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"7\"")
                    .body(patch)
                    .when()
                    .patch(url)
                    .then()
                    .statusCode(412);
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("colour", "blue"))
                    .when()
                    .patch(url)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("colour"));
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .when()
                    .patch(url)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("body"));
            given().contentType(ContentType.TEXT)
                    .header("If-Match", "\"0\"")
                    .body("x")
                    .when()
                    .patch(url)
                    .then()
                    .statusCode(415);
            Response patched =
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", "\"0\"")
                            .body(patch)
                            .when()
                            .patch(url);
            patched.then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body(c.field(), equalTo(c.newValue()));
            for (Map.Entry<String, Object> field : c.body().entrySet()) {
                if (!field.getKey().equals(c.field()) && created.path(field.getKey()) != null) {
                    assertEquals(
                            (Object) created.path(field.getKey()),
                            patched.path(field.getKey()),
                            field.getKey() + " must survive a patch of " + c.field());
                }
            }
        } finally {
            String etag = given().when().get(url).then().extract().header("ETag");
            given().header("If-Match", etag).when().delete(url).then().statusCode(204);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldAnswerUnknownIdsWith404(ContractSample c) {
        String unknown = "00000000-0000-4000-8000-000000000000";
        given().when()
                .get("/api/v1/" + c.path() + "/" + unknown)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:pipeline:problem:not-found"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(c.body())
                .when()
                .put("/api/v1/" + c.path() + "/" + unknown)
                .then()
                .statusCode(404);
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/" + c.path() + "/" + unknown)
                .then()
                .statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldRejectAnIfMatchThatIsNotAnEntityTag(ContractSample c) {
        String url = "/api/v1/" + c.path() + "/" + c.seededId();
        for (String ifMatch : List.of("0", "W/0", "\"0\" \"1\"")) {
            given().header("If-Match", ifMatch)
                    .when()
                    .delete(url)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("If-Match"));
        }
        given().when().get(url).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldRejectBodiesThatAreNotExactlyOneWellTypedJsonValue(ContractSample c)
            throws JsonProcessingException {
        String body = new ObjectMapper().writeValueAsString(c.body());
        String firstField = c.body().keySet().iterator().next();
        List<String> bad = new ArrayList<>();
        bad.add(body + " {}");
        bad.add(body.replaceFirst("\\{", "{\"" + firstField + "\": null, "));
        bad.add(body.replaceFirst("\\{", "{\"" + c.field() + "\": true, "));
        if (c.newValue() instanceof String) {
            bad.add(body.replaceFirst("\\{", "{\"" + c.field() + "\": 123, "));
        }
        for (String json : bad) {
            Response response =
                    given().contentType(ContentType.JSON)
                            .body(json)
                            .when()
                            .post("/api/v1/" + c.path());
            TemporaryRecords.deleteIfCreated("/api/v1/" + c.path(), response);
            response.then().log().ifValidationFails().statusCode(400).contentType(PROBLEM);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldRejectMalformedIdsAndQueryParametersWithFieldViolations(ContractSample c) {
        for (String id : List.of("not-a-uuid", "1-1-1-1-1", c.seededId() + "0")) {
            given().when()
                    .get("/api/v1/" + c.path() + "/" + id)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("id"))
                    .body("violations[0].message", equalTo("must be a UUID"));
        }
        given().queryParam("size", 100000)
                .when()
                .get("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
        given().queryParam("size", 0).when().get("/api/v1/" + c.path()).then().statusCode(400);
        given().queryParam("page", -1)
                .when()
                .get("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("page", "abc")
                .when()
                .get("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().queryParam("sort", "-noSuchField")
                .when()
                .get("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("noSuchField"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldSortByExactlyTheDocumentedFieldsInBothDirections(ContractSample c) {
        String description =
                given().when()
                        .get("/q/openapi?format=json")
                        .then()
                        .extract()
                        .path("paths.'/api/v1/" + c.path() + "'.get.description");
        String fields =
                description.substring(
                        description.indexOf("Sort fields:") + 12, description.indexOf("(default"));
        String accepted =
                given().queryParam("sort", "x")
                        .when()
                        .get("/api/v1/" + c.path())
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("violations[0].message");
        assertEquals(
                new java.util.TreeSet<>(
                        List.of(
                                accepted.substring(accepted.indexOf("use one of ") + 11)
                                        .split(", "))),
                new java.util.TreeSet<>(Stream.of(fields.split(",")).map(String::strip).toList()),
                "the documented sort fields are the accepted ones");
        for (String field : fields.split(",")) {
            for (String sort : List.of(field.strip(), "-" + field.strip())) {
                given().queryParam("sort", sort)
                        .when()
                        .get("/api/v1/" + c.path())
                        .then()
                        .statusCode(200)
                        .body("items", not(hasSize(0)));
                // The cursor after the first record holds this field's key, and reads back.
                String cursor =
                        given().queryParam("sort", sort)
                                .queryParam("size", 1)
                                .when()
                                .get("/api/v1/" + c.path())
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("nextCursor");
                if (cursor != null) {
                    given().queryParam("sort", sort)
                            .queryParam("size", 1)
                            .queryParam("cursor", cursor)
                            .when()
                            .get("/api/v1/" + c.path())
                            .then()
                            .statusCode(200)
                            .body("items", hasSize(1));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldRejectBadBodiesWithoutStoringAnything(ContractSample c) {
        int before = given().when().get("/api/v1/" + c.path()).then().extract().path("totalItems");
        given().contentType(ContentType.JSON)
                .body("{\"unterminated\": ")
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:pipeline:problem:malformed-json"));
        given().contentType(ContentType.JSON)
                .body("")
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> unknownField = new HashMap<>(c.body());
        unknownField.put("colour", "blue");
        given().contentType(ContentType.JSON)
                .body(unknownField)
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("colour"));
        Map<String, Object> wrongType = new HashMap<>(c.body());
        wrongType.put("citations", "not a list");
        given().contentType(ContentType.JSON)
                .body(wrongType)
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> badCitation = new HashMap<>(c.body());
        badCitation.put("citations", List.of(Map.of("sourceId", "not-a-uuid", "quote", "x")));
        if (!c.path().equals("sources")) {
            given().contentType(ContentType.JSON)
                    .body(badCitation)
                    .when()
                    .post("/api/v1/" + c.path())
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("citations[0].sourceId"))
                    .body("violations[0].message", equalTo("must be a UUID"));
        }
        given().contentType(ContentType.TEXT)
                .body("hello")
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        given().accept(ContentType.XML)
                .when()
                .get("/api/v1/" + c.path())
                .then()
                .statusCode(406)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("{\"pad\": \"" + "x".repeat(1_100_000) + "\"}")
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413));
        given().when().get("/api/v1/" + c.path()).then().body("totalItems", equalTo(before));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collectionsWithEnums")
    void shouldNameTheAllowedValuesOfAnUnknownEnum(ContractSample c) {
        Map<String, Object> body = new HashMap<>(c.body());
        body.put(c.enumField(), "NOT_A_VALUE");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/" + c.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo(c.enumField()))
                .body("violations[0].message", startsWith("must be one of "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldNeverLeakInternalsInProblems(ContractSample c) {
        Map<String, Object> blank = new HashMap<>();
        for (Response r :
                List.of(
                        given().contentType(ContentType.JSON)
                                .body(blank)
                                .when()
                                .post("/api/v1/" + c.path()),
                        given().contentType(ContentType.JSON)
                                .body("{\"a\":")
                                .when()
                                .post("/api/v1/" + c.path()),
                        given().when().get("/api/v1/" + c.path() + "/123"))) {
            r.then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("title", not(emptyOrNullString()))
                    .body("violations.field", everyItem(not(emptyOrNullString())));
            String text = r.asString();
            for (String leak :
                    List.of(
                            "Exception",
                            "org.",
                            "java.",
                            "select ",
                            "insert ",
                            "at com.",
                            "\tat ")) {
                org.hamcrest.MatcherAssert.assertThat(text, not(containsString(leak)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldKeepEveryChangeInTheHistoryTheFeedAndTheReadsAsOf(ContractSample c)
            throws InterruptedException {
        String head = changeFeedHead();
        Response created =
                given().contentType(ContentType.JSON)
                        .body(c.freshBody())
                        .when()
                        .post("/api/v1/" + c.path());
        created.then().statusCode(201);
        String id = created.path("id");
        String url = "/api/v1/" + c.path() + "/" + id;
        Thread.sleep(5);
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(5);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of(c.field(), c.newValue()))
                .when()
                .patch(url)
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"").when().delete(url).then().statusCode(204);
        Thread.sleep(5);
        java.time.Instant deleted = java.time.Instant.now();

        given().when()
                .get(url + "/history")
                .then()
                .statusCode(200)
                .body(
                        "items.operation",
                        org.hamcrest.Matchers.contains("DELETED", "UPDATED", "CREATED"))
                .body("items[1].changes.field", hasItem(c.field()));
        given().queryParam("asOf", between.toString())
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body(c.field(), equalTo((Object) created.path(c.field())));
        given().queryParam("asOf", deleted.toString()).when().get(url).then().statusCode(410);
        given().queryParam("after", head)
                .queryParam("collection", c.path())
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.id", everyItem(equalTo(id)))
                .body(
                        "items.operation",
                        org.hamcrest.Matchers.contains("CREATED", "UPDATED", "DELETED"));
    }

    /** The cursor of the last change so far. */
    private static String changeFeedHead() {
        String cursor = "";
        while (true) {
            Response page =
                    given().queryParam("after", cursor)
                            .queryParam("limit", 1000)
                            .when()
                            .get("/api/v1/changes");
            page.then().statusCode(200);
            if (page.path("items.size()").equals(0)) {
                return cursor;
            }
            cursor = page.path("next");
        }
    }
}
