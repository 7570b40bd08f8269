package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.TestTokens;
import vn.treem.platform.testing.fuzz.BadInputFuzzer;
import vn.treem.platform.testing.fuzz.DatabaseDigest;

/**
 * The bad-input suite for reporting-service (issue #8): thousands of malformed or hostile requests derived from the
 * service's own OpenAPI document; no 5xx, no hang, every 4xx a problem document in the language asked for, no mutated
 * write accepted and no change to any table or to the outbox. The normal test command sends
 * {@link BadInputFuzzer#DEFAULT_REQUESTS}; {@code -Dtreem.fuzz.requests=50000} is the long run.
 */
@QuarkusTest
class BadInputFuzzTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() throws Exception {
        String auth = TestTokens.bearer("01", Roles.ALL.toArray(String[]::new));

        BadInputFuzzer.Report report = new BadInputFuzzer("reporting-service", URI.create(base.toString()))
                .bearer(() -> auth)
                // Every table, the outbox and the projections included: no reporting-service read writes anything.
                .digest(new DatabaseDigest(jdbcUrl, dbUser, dbPassword, Set.of()))
                .run();

        assertThat(report.requests()).isEqualTo(BadInputFuzzer.requestsToSend());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        assertThat(report.failures()).as("broken invariants").isEmpty();
        assertThat(report.stateChanges()).as("tables changed by refused requests").isEmpty();
    }
}
