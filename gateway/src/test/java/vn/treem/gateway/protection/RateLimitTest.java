package vn.treem.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.treem.gateway.support.Backends;

/**
 * Rate limits with small buckets and no refill to speak of: a user over their limit gets 429 with Retry-After while
 * other users go on; a forged token cannot spend someone else's bucket; the client address has its own limit.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBuckets.class)
@WithTestResource(Backends.class)
class RateLimitTest {

    public static class SmallBuckets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "treem.gateway.rate-limit.per-user.capacity", "3",
                    "treem.gateway.rate-limit.per-user.refill", "1",
                    "treem.gateway.rate-limit.per-user.period", "1h",
                    "treem.gateway.rate-limit.per-client.capacity", "9",
                    "treem.gateway.rate-limit.per-client.refill", "1",
                    "treem.gateway.rate-limit.per-client.period", "1h");
        }
    }

    static final String PATH = "/api/v1/no-such-resource";

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndThenTheClientAddressAsWell() {
        String alice = bearerFor("alice", "00004", "CASE_WORKER");
        String bob = bearerFor("bob", "00004", "CASE_WORKER");
        for (int i = 0; i < 3; i++) {
            call(alice).then().statusCode(404);
        }
        Response refused = call(alice);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited")).body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        call(bob).then().statusCode(404);

        // A token for alice whose signature does not verify counts against the address only, not against alice.
        String forged = alice.substring(0, alice.length() - 4) + (alice.endsWith("AAAA") ? "BBBB" : "AAAA");
        call(forged).then().statusCode(404);

        // 4 + 1 + 1 requests so far from this address; the address allows 9.
        call(null).then().statusCode(404);
        call(null).then().statusCode(404);
        call(null).then().statusCode(404);
        Response overAddress = given().header("Accept-Language", "en").when().get(PATH);
        overAddress.then().statusCode(429).body("title", equalTo("Too many requests"));
        assertThat(overAddress.header("Retry-After")).isNotBlank();
    }

    private static Response call(String authorization) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().get(PATH);
    }
}
