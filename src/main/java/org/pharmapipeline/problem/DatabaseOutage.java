package org.pharmapipeline.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, unreachable, out of connections)
 * from a failure of the service itself, so the first is answered with a 503 a client may retry and
 * only the second is a 500.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying, sent in Retry-After. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or
     * shutting down); class 08 is every connection exception.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    /** The connection pool's own words when no connection could be had in time. */
    private static final Set<String> POOL_TIMEOUTS =
            Set.of(
                    "Acquisition timeout while waiting for new connection",
                    "Sorry, acquisition timeout!");

    private DatabaseOutage() {}

    /** Whether a failure, or anything that caused it, says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                if (POOL_TIMEOUTS.contains(sql.getMessage())) {
                    return true;
                }
            }
        }
        return false;
    }
}
