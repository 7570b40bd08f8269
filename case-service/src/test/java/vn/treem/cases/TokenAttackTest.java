package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import vn.treem.platform.testing.TestTokens;

/**
 * Token attacks (issue #8, part 2): no token, an expired one, a signature by another key, {@code alg: none}, another
 * issuer, another or no audience, and a valid token whose {@code unit} claim was edited all answer 401 with a problem
 * document, and read nothing.
 */
@QuarkusTest
class TokenAttackTest {

    static final String CASES = "/api/v1/cases";

    @Test
    void withoutATokenNothingIsRead() {
        refused(null);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("late")
                .groups(Set.of("CASE_WORKER")).claim("unit", "00004")
                .issuedAt(Instant.now().minus(Duration.ofHours(3))).expiresAt(Instant.now().minus(Duration.ofHours(2)))
                .sign(TestTokens.SIGNING_KEY));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("mallory")
                .groups(Set.of("CASE_WORKER"))
                .claim("unit", "VN").expiresIn(Duration.ofHours(1)).sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64("{\"iss\":\"" + TestTokens.ISSUER
                + "\",\"aud\":\"treem-api\",\"sub\":\"mallory\",\"groups\":[\"ADMIN\","
                + "\"CASE_WORKER\"],\"unit\":\"VN\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}");
        refused(header + "." + claims + ".");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(Jwt.issuer("https://evil.example/realms/treem").audience(TestTokens.AUDIENCE).subject("mallory")
                .groups(Set.of("CASE_WORKER"))
                .claim("unit", "00004").expiresIn(Duration.ofHours(1)).sign(TestTokens.SIGNING_KEY));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Jwt.issuer(TestTokens.ISSUER).audience("another-api").subject("reused").groups(Set.of("CASE_WORKER"))
                .claim("unit", "00004").expiresIn(Duration.ofHours(1)).sign(TestTokens.SIGNING_KEY));
        refused(Jwt.issuer(TestTokens.ISSUER).subject("no-audience").groups(Set.of("CASE_WORKER"))
                .claim("unit", "00004").expiresIn(Duration.ofHours(1)).sign(TestTokens.SIGNING_KEY));
    }

    @Test
    void aTokenWhoseUnitClaimWasEditedIsRefused() {
        String token = TestTokens.token("00004", "CASE_WORKER");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String widened = claims.replace("\"unit\":\"00004\"", "\"unit\":\"VN\"");
        org.assertj.core.api.Assertions.assertThat(widened).isNotEqualTo(claims);
        refused(parts[0] + "." + base64(widened) + "." + parts[2]);
    }

    private static void refused(String token) {
        var request = given().header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get(CASES).then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("items", org.hamcrest.Matchers.nullValue());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
