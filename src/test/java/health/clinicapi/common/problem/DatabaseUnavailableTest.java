package health.clinicapi.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being away (a 503 to retry) rather than a bug (a 500). */
class DatabaseUnavailableTest {

    @Test
    void a_connection_the_server_terminated_is_the_database_being_away() {
        // What PostgreSQL sends on a pooled connection after a restart or pg_terminate_backend.
        var terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("query failed", terminated))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void connection_failures_and_pool_timeouts_are_the_database_being_away() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void other_database_errors_are_not() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
