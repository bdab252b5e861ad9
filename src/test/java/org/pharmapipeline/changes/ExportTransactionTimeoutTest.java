package org.pharmapipeline.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.TestDatabase;
import org.pharmapipeline.collection.ExportService;

/**
 * A whole list or export stays open while its client reads, longer than the transaction manager
 * lets any other transaction live: here the default is cut to 2 s, and the snapshot still reads
 * after 3 s, where a transaction of the default timeout has been rolled back.
 */
@QuarkusTest
@TestProfile(ExportTransactionTimeoutTest.ShortTransactions.class)
class ExportTransactionTimeoutTest {

    /**
     * Every transaction but the export's times out after 2 s, on an empty database of its own (the
     * bundled dataset takes longer than that to load).
     */
    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.transaction-manager.default-transaction-timeout", "2S");
            config.put("pipeline.seed.enabled", "false");
            config.putAll(TestDatabase.ownDatabase("short-transactions"));
            return config;
        }
    }

    @Inject ExportService exports;

    @Inject EntityManager em;

    @Test
    void shouldKeepReadingTheSnapshotAfterTheDefaultTransactionTimeout() throws Exception {
        long[] companies = new long[1];
        exports.inSnapshot(
                cursor -> {
                    pause();
                    companies[0] = companies();
                });
        assertEquals(0L, companies[0], "read after 3 s: the empty database's companies");

        assertThrows(
                RuntimeException.class,
                () ->
                        QuarkusTransaction.requiringNew()
                                .run(
                                        () -> {
                                            pause();
                                            companies();
                                        }),
                "a transaction of the default timeout is rolled back by then");
    }

    private long companies() {
        return em.createQuery("select count(*) from Company", Long.class).getSingleResult();
    }

    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
