package vn.treem.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Losing the database is a 503 (a dependency is down, API guidelines), not a 500: the failures the PostgreSQL driver
 * and the pool report when the server is stopped, crashed or restarting, as Hibernate wraps them.
 */
class DatabaseUnavailableTest {

    @Test
    void aConnectionTheServerRefusedOrDroppedIsTheDatabaseBeingUnavailable() {
        var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        var dropped = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        assertThat(ProblemMappers.databaseUnavailable(new JDBCConnectionException("could not open", refused)))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(
                new IllegalStateException(new JDBCConnectionException("could not execute", dropped)))).isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingIsTheDatabaseBeingUnavailable() {
        for (String state : new String[]{"57P01", "57P02", "57P03"}) {
            assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("x", state))))
                    .as(state).isTrue();
        }
        assertThat(ProblemMappers.databaseUnavailable(new SQLTransientConnectionException("no connection")))
                .isTrue();
    }

    @Test
    void otherFailuresStayInternalErrors() {
        var unique = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION);
        assertThat(ProblemMappers.databaseUnavailable(new ConstraintViolationException("dup", unique, "uk")))
                .isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
