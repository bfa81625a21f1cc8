package health.clinicapi.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure to reach the database, so it becomes a 503 the client may retry rather than a 500 bug: a
 * connection-class SQLState ({@code 08xxx}) or a server going away ({@code 57P0x}), a refused or broken connection, or the pool giving up waiting for one.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or not yet accepting
                // connections (a pooled connection the server closed answers this once before the pool drops it).
                if ((state != null && (state.startsWith("08") || state.startsWith("57P")))
                        || message.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
