package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import vn.treem.platform.security.VerifiedTokens;
import vn.treem.platform.testing.TokenAttacks;

/**
 * Token attacks (issue #8, part 2): no token, an expired one, a signature by another key, {@code alg: none}, another
 * issuer, another or no audience, and a valid token whose {@code unit} claim was edited all answer 401 with a problem
 * document, and read nothing. The forged tokens come from the platform's {@link TokenAttacks}.
 */
@QuarkusTest
class TokenAttackTest {

    static final String CASES = "/api/v1/cases";
    static final String ROLE = "CASE_WORKER";
    static final String UNIT = "00004";

    @Inject
    JWTParser parser;

    @Test
    void withoutATokenNothingIsRead() {
        refused(null);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(TokenAttacks.expired(ROLE, UNIT));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        refused(TokenAttacks.signedWithAnotherKey(ROLE));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(TokenAttacks.unsigned(ROLE));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(TokenAttacks.ofAnotherIssuer(ROLE, UNIT));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(TokenAttacks.forAnotherAudience(ROLE, UNIT));
        refused(TokenAttacks.withoutAudience(ROLE, UNIT));
    }

    @Test
    void aTokenWhoseUnitClaimWasEditedIsRefused() {
        refused(TokenAttacks.withUnitWidened(ROLE, UNIT));
    }

    @Test
    void aTokenEditedAfterTheOriginalWasAcceptedIsRefused() {
        // The original is verified once and then remembered by its exact text (VerifiedTokens): the edited copy is not.
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        TokenAttacks.assertAnEditedCopyOfAnAcceptedTokenIsRefused(CASES, UNIT, ROLE);
    }

    private static void refused(String token) {
        var request = given().header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get(CASES).then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("items", org.hamcrest.Matchers.nullValue());
    }
}
