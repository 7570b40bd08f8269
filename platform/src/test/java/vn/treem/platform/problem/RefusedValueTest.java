package vn.treem.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * A value PostgreSQL refuses (SQLSTATE class 22) is the caller's bad input, a 400, found through the chain of causes
 * with plain JDBC types, so that the mappers also build in a service without Hibernate (the gateway).
 */
class RefusedValueTest {

    @Test
    void aValueRefusedByPostgresqlIsFoundWhateverWrapsIt() {
        var nul = new PSQLException("invalid byte sequence for encoding \"UTF8\": 0x00", PSQLState.DATA_ERROR);
        assertThat(ProblemMappers.refusedValueState(new DataException("could not execute", nul))).startsWith("22");
        assertThat(ProblemMappers.refusedValueState(
                new IllegalStateException(new RuntimeException(new SQLException("x", "22008"))))).isEqualTo("22008");
    }

    @Test
    void otherDatabaseFailuresAreNotTheCallersInput() {
        assertThat(ProblemMappers.refusedValueState(new SQLException("gone", "08006"))).isNull();
        assertThat(ProblemMappers.refusedValueState(new SQLException("no state"))).isNull();
        assertThat(ProblemMappers.refusedValueState(new IllegalStateException("bug"))).isNull();
    }
}
