package org.pharmapipeline.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The three probes an orchestrator wires: started, live and ready. */
@QuarkusTest
class HealthEndpointsTest {

    static final String DATABASE_CHECK = "Database connections health check";

    @Test
    void shouldReportLiveWithoutAskingTheDatabase() {
        given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(DATABASE_CHECK)));
    }

    @Test
    void shouldReportReadyOnlyWithTheDatabaseUp() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void shouldReportStartedOnceStartUpHasFinished() {
        given().when()
                .get("/q/health/started")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
