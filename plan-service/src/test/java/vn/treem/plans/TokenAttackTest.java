package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import vn.treem.platform.security.VerifiedTokens;
import vn.treem.platform.testing.TokenAttacks;

/**
 * Token attacks (issue #8, part 2) on plan-service: no token and every forged or unusable token of {@link TokenAttacks}
 * answer 401 with a problem document, and list no plan.
 */
@QuarkusTest
class TokenAttackTest {

    @Inject
    JWTParser parser;

    @Test
    void noForgedOrUnusableTokenReadsAPlan() {
        given().header("Accept-Language", "en").when().get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401)).body("items", nullValue());
        for (Map.Entry<String, String> attack : TokenAttacks.all("PLANNER", PlanRequests.HA_NOI).entrySet()) {
            given().header("Accept-Language", "en").header("Authorization", "Bearer " + attack.getValue())
                    .when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401)).body("items", nullValue());
        }
    }

    @Test
    void aTokenEditedAfterTheOriginalWasAcceptedIsRefused() {
        // The original is verified once and then remembered by its exact text (VerifiedTokens): the edited copy is not.
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        TokenAttacks.assertAnEditedCopyOfAnAcceptedTokenIsRefused("/api/v1/plans", PlanRequests.HA_NOI, "PLANNER");
    }
}
