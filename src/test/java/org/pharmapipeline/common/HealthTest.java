package org.pharmapipeline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness includes the database; liveness does not, so a database outage restarts nothing. */
@QuarkusTest
class HealthTest {

    static final String DATABASE_CHECK = "Database connections health check";

    @Test
    void shouldReportTheDatabaseInReadiness() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DATABASE_CHECK))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void shouldKeepTheDatabaseOutOfLiveness() {
        given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(DATABASE_CHECK)));
    }
}
