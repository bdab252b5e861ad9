package org.pharmapipeline.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract judge on a small 3.1 contract, without booting the service. */
@Tag("plain")
class ContractCheckTest {

    private static final String CONTRACT =
            """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1"},
              "paths": {
                "/api/things": {
                  "get": {
                    "parameters": [
                      {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 200}},
                      {"name": "sort", "in": "query", "style": "form", "explode": false,
                       "schema": {"type": "array", "items": {"enum": ["name", "-name"]}}},
                      {"name": "kind", "in": "query",
                       "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}}}
                    ],
                    "responses": {
                      "200": {"description": "ok",
                        "headers": {"X-Total-Count": {"required": true, "schema": {"type": "integer"}}},
                        "content": {"application/json": {"schema": {"type": "array",
                          "items": {"$ref": "#/components/schemas/Thing"}}}}},
                      "400": {"$ref": "#/components/responses/BadRequest"}
                    }
                  },
                  "post": {
                    "requestBody": {"required": true, "content": {"application/json": {"schema":
                      {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"201": {"description": "created", "content": {"application/json":
                      {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                      "400": {"$ref": "#/components/responses/BadRequest"}}
                  }
                },
                "/api/things/{id}": {
                  "get": {
                    "parameters": [{"name": "id", "in": "path", "required": true,
                      "schema": {"type": "string", "format": "uuid"}}],
                    "responses": {"304": {"description": "not modified"},
                      "400": {"$ref": "#/components/responses/BadRequest"}}
                  }
                }
              },
              "components": {
                "responses": {"BadRequest": {"description": "bad", "content":
                  {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
                "schemas": {
                  "Kind": {"type": "string", "enum": ["A", "B"]},
                  "Thing": {"type": "object", "required": ["name", "country"], "properties": {
                    "name": {"type": "string", "example": "x"},
                    "country": {"type": ["string", "null"]},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "pValue": {"type": ["number", "null"], "maximum": 1}}},
                  "Problem": {"type": "object", "required": ["type", "status"], "properties": {
                    "type": {"type": "string", "enum": ["urn:x:not-found", "urn:x:invalid"]},
                    "status": {"type": "integer"}}}
                }
              }
            }
            """;

    private final OpenApiContract contract = new OpenApiContract(CONTRACT);

    private static OpenApiContract.Exchange get(
            String path, Map<String, List<String>> query, int status, String body) {
        return new OpenApiContract.Exchange(
                "GET",
                path,
                query,
                Map.of(),
                null,
                status,
                Map.of("Content-Type", "application/json", "X-Total-Count", "1"),
                body);
    }

    private static OpenApiContract.Exchange post(String body, int status, String answer) {
        return new OpenApiContract.Exchange(
                "POST",
                "/api/things",
                Map.of(),
                Map.of("Content-Type", "application/json"),
                body,
                status,
                Map.of(
                        "Content-Type",
                        status < 300 ? "application/json" : "application/problem+json"),
                answer);
    }

    @Test
    void shouldAcceptAnAnswerThatKeepsTheContractIncludingDeclaredNulls() {
        assertThat(
                contract.check(
                        get(
                                "/api/things",
                                Map.of("sort", List.of("-name,name"), "kind", List.of("A", "B")),
                                200,
                                "[{\"name\":\"x\",\"country\":null,\"pValue\":0.0096}]")),
                empty());
    }

    @Test
    void shouldReportATypeTheContractDoesNotAllowAndAMissingRequiredProperty() {
        List<String> problems =
                contract.check(get("/api/things", Map.of(), 200, "[{\"name\":123}]"));
        assertThat(problems, hasSize(2));
        assertThat(problems, hasItem(containsString("country")));
        assertThat(problems, hasItem(containsString("integer found, string expected")));
    }

    @Test
    void shouldReportAnUndocumentedStatusMediaTypeOrHeaderValue() {
        assertThat(
                contract.check(get("/api/things", Map.of(), 500, "{}")),
                contains(containsString("status 500 is not documented")));
        assertThat(
                contract.check(
                        new OpenApiContract.Exchange(
                                "GET",
                                "/api/things",
                                Map.of(),
                                Map.of(),
                                null,
                                200,
                                Map.of("Content-Type", "text/plain", "X-Total-Count", "many"),
                                "[]")),
                contains(
                        containsString("media type text/plain is not documented"),
                        containsString("header X-Total-Count")));
    }

    @Test
    void shouldFailARequestTheContractForbidsWhenTheServiceAcceptsIt() {
        OpenApiContract.Exchange accepted =
                get("/api/things", Map.of("size", List.of("abc")), 200, "[]");
        assertThat(
                contract.check(accepted),
                contains(containsString("the request breaks the contract (query parameter size")));
        OpenApiContract.Exchange unknownSort =
                get("/api/things", Map.of("sort", List.of("colour")), 200, "[]");
        assertThat(contract.check(unknownSort), hasSize(1));
    }

    @Test
    void shouldAcceptARequestTheContractForbidsWhenTheServiceRefusesItWithADocumentedProblem() {
        assertThat(
                contract.check(
                        post("{\"name\": 5}", 400, "{\"type\":\"urn:x:invalid\",\"status\":400}")),
                empty());
        assertThat(
                contract.check(post("{\"name\": 5}", 400, "{\"type\":\"urn:x:other\"}")),
                hasSize(2));
    }

    @Test
    void shouldCheckPathParametersAndBodilessAnswers() {
        assertThat(
                contract.check(
                        new OpenApiContract.Exchange(
                                "GET",
                                "/api/things/3f6c2a7e-0c1d-4a55-9a10-000000000201",
                                Map.of(),
                                Map.of(),
                                null,
                                304,
                                Map.of(),
                                "")),
                empty());
        assertThat(
                contract.check(get("/api/things/not-a-uuid", Map.of(), 200, "[]")),
                hasItem(containsString("status 200 is not documented")));
    }

    @Test
    void shouldRequireAProblemForUnknownPathsAndLeaveTheRestOfTheServerAlone() {
        assertThat(
                contract.check(get("/api/nothing", Map.of(), 200, "[]")),
                contains(containsString("no operation has this path")));
        assertThat(contract.check(get("/q/health", Map.of(), 200, "{}")), empty());
    }
}
