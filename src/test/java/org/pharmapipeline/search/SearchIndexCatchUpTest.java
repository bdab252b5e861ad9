package org.pharmapipeline.search;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharmapipeline.AsAdmin.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Records written by SQL, outside the service, have no search document until the index catches up:
 * then every one of them is found, whatever its id (ids below 8000… too, which a signed comparison
 * would put first), however the collection's ids are cut into ranges.
 */
@QuarkusTest
class SearchIndexCatchUpTest {

    /** More than four batches, so that the catch-up cuts the collection into ranges. */
    private static final int COMPANIES = 4 * SearchIndexService.BATCH + 150;

    @Inject SearchIndexService index;

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldIndexEveryRecordLoadedBySqlWhenCatchingUp() throws SQLException {
        String word = "Quillanthrex" + Long.toString(System.nanoTime(), 36);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            // spread over the whole id space: from 00… to ff…
            long high = ((long) (i * 0xFFFF / COMPANIES) << 48) | 0x0000_0000_4000_0000L;
            ids.add(new UUID(high, 0x8000_0000_0000_0000L | i));
        }
        try {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert =
                            connection.prepareStatement(
                                    "insert into company (id, version, created_at, updated_at,"
                                            + " name, country) values (?, 0, ?, ?, ?, 'US')")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < ids.size(); i++) {
                    insert.setObject(1, ids.get(i));
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setString(4, word + " Holdings " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            given().queryParam("q", word)
                    .get("/api/v1/search")
                    .then()
                    .body("totalItems", equalTo(0));

            index.catchUpAll();

            given().queryParam("q", word)
                    .queryParam("type", "COMPANY")
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(COMPANIES));
            // the first and the last id, each found by its own name
            for (int i : new int[] {0, COMPANIES - 1}) {
                given().queryParam("q", word + " holdings " + i)
                        .get("/api/v1/search")
                        .then()
                        .body("items[0].id", equalTo(ids.get(i).toString()));
            }
            assertEquals(COMPANIES, documents(ids));
        } finally {
            delete(ids);
        }
    }

    private long documents(List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "select count(*) from search_document where record_id = ?")) {
            long found = 0;
            for (UUID id : ids) {
                count.setObject(1, id);
                try (var rows = count.executeQuery()) {
                    rows.next();
                    found += rows.getLong(1);
                }
            }
            return found;
        }
    }

    private void delete(List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String sql :
                    List.of(
                            "delete from search_term where record_id = ?",
                            "delete from search_name where record_id = ?",
                            "delete from search_document where record_id = ?",
                            "delete from company where id = ?")) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    for (UUID id : ids) {
                        delete.setObject(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        }
    }
}
