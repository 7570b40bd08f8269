package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.plans.PlanRequests.HA_NOI;

import java.net.URI;
import java.net.URL;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.TestTokens;
import vn.treem.platform.testing.fuzz.BadInputFuzzer;
import vn.treem.platform.testing.fuzz.DatabaseDigest;

/**
 * The bad-input suite for plan-service (issue #8): thousands of malformed or hostile requests derived from the
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
        String auth = TestTokens.bearer(HA_NOI, Roles.ALL.toArray(String[]::new));
        // A real plan, so that mutations of requests about it reach the plan's own checks.
        String planId = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(PlanRequests.plan(PlanRequests.uniqueNumber(), HA_NOI, "2026-01-20", 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");

        BadInputFuzzer.Report report = new BadInputFuzzer("plan-service", URI.create(base.toString()))
                .bearer(() -> auth)
                .pathValues((op, name) -> op.path().startsWith("/api/v1/plans/")
                        && (name.equals("id") || name.equals("planId")) ? planId : null)
                // Every table, the outbox included: no plan-service read writes anything.
                .digest(new DatabaseDigest(jdbcUrl, dbUser, dbPassword, Set.of()))
                .run();

        assertThat(report.requests()).isEqualTo(BadInputFuzzer.requestsToSend());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        assertThat(report.failures()).as("broken invariants").isEmpty();
        assertThat(report.stateChanges()).as("tables changed by refused requests").isEmpty();
    }
}
