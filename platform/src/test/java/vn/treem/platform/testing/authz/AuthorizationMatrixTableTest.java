package vn.treem.platform.testing.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The expected table of the authorization matrix: its format and the outcomes of answers. */
class AuthorizationMatrixTableTest {

    @Test
    void rowsCommentsAndTheHeaderAreRead() {
        var table = AuthorizationMatrix.parse("""
                # a comment
                method,path,caller,scope,expected

                GET,/api/v1/plans,PLANNER,inside,allowed
                get,/api/v1/plans,PLANNER,OUTSIDE,hidden
                GET,/api/v1/plans,anonymous,any,unauthenticated
                """);
        assertThat(table).hasSize(3).containsEntry("GET,/api/v1/plans,PLANNER,inside", Outcome.ALLOWED)
                .containsEntry("GET,/api/v1/plans,PLANNER,outside", Outcome.HIDDEN)
                .containsEntry("GET,/api/v1/plans,anonymous,any", Outcome.UNAUTHENTICATED);
    }

    @Test
    void everyMalformedRowIsReportedAtOnce() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("""
                GET,/api/v1/plans,PLANNER,inside
                GET,/api/v1/plans,MAYOR,inside,allowed
                GET,/api/v1/plans,anonymous,inside,unauthenticated
                GET,/api/v1/plans,PLANNER,inside,maybe
                GET,/api/v1/plans,ANALYST,inside,allowed
                GET,/api/v1/plans,ANALYST,inside,forbidden
                """)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("line 1: expected 5 columns")
                .hasMessageContaining("line 2: unknown caller and scope MAYOR,inside")
                .hasMessageContaining("line 3: unknown caller and scope anonymous,inside")
                .hasMessageContaining("line 4: unknown outcome maybe")
                .hasMessageContaining("line 6: duplicate cell GET,/api/v1/plans,ANALYST,inside");
    }

    @Test
    void answersAreClassifiedByStatus() {
        assertThat(Outcome.of(401)).isEqualTo(Outcome.UNAUTHENTICATED);
        assertThat(Outcome.of(403)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(Outcome.of(404)).isEqualTo(Outcome.HIDDEN);
        assertThat(Outcome.of(200)).isEqualTo(Outcome.ALLOWED);
        assertThat(Outcome.of(409)).isEqualTo(Outcome.ALLOWED);
        assertThat(Outcome.of(412)).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void everyRoleHasBothScopesAndTheCallerWithoutATokenOne() {
        assertThat(AuthorizationMatrix.callers()).hasSize(17)
                .contains(new AuthorizationMatrix.Cell("ANALYST", Scope.OUTSIDE),
                        new AuthorizationMatrix.Cell(AuthorizationMatrix.ANONYMOUS, Scope.ANY));
    }
}
