package org.pharmapipeline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the test run its own database. On H2 (the default build) that is the embedded in-memory
 * database and nothing happens here. When the build targets PostgreSQL (-Ppostgresql), a fresh
 * database is created on the server before the application starts and dropped when the run ends, so
 * every run migrates an empty database and leaves nothing behind.
 *
 * <p>The server and the role that may create databases come from system properties, defaulting to
 * the local server: {@code pipeline.test.postgresql.url} (an admin JDBC URL, default
 * jdbc:postgresql://127.0.0.1:5432/postgres), {@code pipeline.test.postgresql.username} and {@code
 * pipeline.test.postgresql.password} (default pipeline/pipeline).
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String username;
    private String password;
    private String database;
    private boolean ownCluster;

    /** A test profile that brings a database of its own ({@link OwnPostgresCluster}). */
    public static final String OWN_CLUSTER_PROFILE = "OwnCluster";

    @Override
    public void setContext(Context context) {
        String profile = context.testProfile();
        ownCluster = profile != null && profile.endsWith("$" + OWN_CLUSTER_PROFILE);
    }

    static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("pipeline.database"));
    }

    /**
     * The configuration that gives a test profile a database of its own: on H2 an in-memory
     * database named {@code name}; on PostgreSQL nothing, since every start gets a fresh database.
     */
    public static Map<String, String> ownDatabase(String name) {
        return onPostgresql()
                ? Map.of()
                : Map.of(
                        "pipeline.datasource.h2.url",
                        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Override
    public Map<String, String> start() {
        if (!onPostgresql() || ownCluster) {
            return Map.of();
        }
        adminUrl =
                System.getProperty(
                        "pipeline.test.postgresql.url",
                        "jdbc:postgresql://127.0.0.1:5432/postgres");
        username = System.getProperty("pipeline.test.postgresql.username", "pipeline");
        password = System.getProperty("pipeline.test.postgresql.password", "pipeline");
        database =
                "pipeline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            database = null;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at "
                            + adminUrl
                            + " refused '"
                            + sql
                            + "' for role "
                            + username
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
