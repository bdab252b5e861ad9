package org.pharmapipeline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.TestIds;
import org.pharmapipeline.Tokens;

/** With pipeline.security.read-requires-role=true, every read needs a token with a role. */
@QuarkusTest
@TestProfile(ReadsRequireRoleTest.ReadsRequireRole.class)
class ReadsRequireRoleTest {

    /** The setting an operator would give as PIPELINE_SECURITY_READ_REQUIRES_ROLE=true. */
    public static class ReadsRequireRole implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.security.read-requires-role", "true");
        }
    }

    static Stream<String> reads() {
        return Stream.of(
                "/api/v1/sources",
                "/api/v1/sources/" + TestIds.SOURCE_2006_MAA_FILING,
                "/api/v1/sources/" + TestIds.SOURCE_2006_MAA_FILING + "/citations",
                "/api/v1/companies",
                "/api/v1/companies/" + TestIds.EPICEPT,
                "/api/v1/product-candidates",
                "/api/v1/product-candidates/" + TestIds.CEPLENE,
                "/api/v1/product-candidates/" + TestIds.CEPLENE + "/timeline",
                "/api/v1/indications/" + TestIds.AML,
                "/api/v1/orphan-designations/" + TestIds.EMA_ORPHAN_DESIGNATION,
                "/api/v1/regulatory-events/" + TestIds.CHMP_TREND_VOTE,
                "/api/v1/market-estimates/" + TestIds.PREVALENCE_2006,
                "/api/v1/clinical-trials/" + TestIds.PHASE_3_AML_TRIAL,
                "/api/v1/pipeline",
                "/api/v1/search?q=ceplene");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void shouldRefuseReadsWithoutATokenWith401(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:pipeline:problem:unauthorized"))
                .body("instance", equalTo(path.replaceAll("\\?.*", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void shouldRefuseReadsWithAnInvalidTokenWith401(String path) {
        for (String token : List.of(Tokens.expired(), Tokens.forged(), Tokens.wrongAudience())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void shouldRefuseReadsWithATokenWithoutARoleWith403(String path) {
        given().auth()
                .oauth2(Tokens.withRoles("someone", "auditor"))
                .when()
                .get(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("reader or editor or admin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void shouldServeReadsToEveryRole(String path) {
        for (String token : List.of(Tokens.reader(), Tokens.editor(), Tokens.admin())) {
            given().auth().oauth2(token).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldServeCepleneToAReader() {
        given().auth()
                .oauth2(Tokens.reader())
                .when()
                .get("/api/v1/product-candidates/" + TestIds.CEPLENE)
                .then()
                .statusCode(200)
                .body("name", equalTo("Ceplene"))
                .body("inn", equalTo("histamine dihydrochloride"));
    }

    @Test
    void shouldKeepTheOpenApiDocumentOpen() {
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldStillRefuseAReaderToWrite() {
        given().auth()
                .oauth2(Tokens.reader())
                .contentType("application/json")
                .body("{\"name\":\"Reader Pharma\"}")
                .when()
                .post("/api/v1/companies")
                .then()
                .statusCode(403)
                .body("detail", containsString("editor or admin"));
    }
}
