package org.pharmapipeline.collection;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pharmapipeline.AsAdmin.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.query.PageResponse;

/**
 * A list counts its matches exactly up to 10,000 and stops there: beyond, the page says that more
 * match, without a total header or a last page, and still links to the next page by cursor. The
 * rows are written straight to the table, as a bulk load would, to keep the test quick.
 */
@QuarkusTest
class BoundedTotalsTest {

    private static final int LIMIT = PageResponse.EXACT_TOTAL_LIMIT;

    @Inject AgroalDataSource dataSource;

    private final String publisher = "Bound Probe " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void storeOneMoreSourceThanTheLimit() throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into source_document (id, version, created_at, updated_at,"
                                        + " type, title, publisher) values (?, 0, ?, ?, 'OTHER', ?, ?)")) {
            for (int i = 0; i <= LIMIT; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, "Bounded total " + i);
                insert.setString(5, publisher);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void deleteThem() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("delete from source_document where publisher = ?")) {
            delete.setString(1, publisher);
            delete.executeUpdate();
        }
    }

    @Test
    void shouldSayMoreThanTheLimitMatchWithoutTotalHeaderOrLastPage() {
        given().queryParam("publisher", publisher)
                .queryParam("size", 50)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .body("items", hasSize(50))
                .body("totalItems", equalTo(LIMIT))
                .body("totalItemsExact", equalTo(false))
                .body("totalPages", nullValue())
                .body("nextCursor", notNullValue())
                .header("X-Total-Count", nullValue())
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"last\"")));
    }

    @Test
    void shouldServeAPageBeyondTheLimitByNumber() {
        given().queryParam("publisher", publisher)
                .queryParam("size", 200)
                .queryParam("page", 50)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("totalItemsExact", equalTo(false))
                .body("nextCursor", nullValue())
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void shouldCountExactlyAtTheLimit() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement(
                                "delete from source_document where publisher = ? and title = ?")) {
            delete.setString(1, publisher);
            delete.setString(2, "Bounded total 0");
            delete.executeUpdate();
        }

        given().queryParam("publisher", publisher)
                .queryParam("size", 50)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(LIMIT))
                .body("totalItemsExact", equalTo(true))
                .body("totalPages", equalTo(LIMIT / 50))
                .header("X-Total-Count", equalTo(String.valueOf(LIMIT)))
                .header("Link", containsString("rel=\"last\""));
    }
}
