package vn.treem.platform.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;

import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;

/**
 * Forged and unusable bearer tokens (issue #8, part 2), each of which every service must answer with 401: expired,
 * signed with another key, {@code alg: none}, another issuer, another or no audience, and a valid token whose
 * {@code unit} claim was widened to {@code VN} after signing.
 */
public final class TokenAttacks {

    private TokenAttacks() {
    }

    /** Every attack, by name, for a user with {@code role} serving {@code unit} (not {@code VN}). */
    public static Map<String, String> all(String role, String unit) {
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("expired", expired(role, unit));
        attacks.put("signed with another key", signedWithAnotherKey(role));
        attacks.put("alg none", unsigned(role));
        attacks.put("another issuer", ofAnotherIssuer(role, unit));
        attacks.put("another audience", forAnotherAudience(role, unit));
        attacks.put("no audience", withoutAudience(role, unit));
        attacks.put("unit claim widened", withUnitWidened(role, unit));
        return attacks;
    }

    public static String expired(String role, String unit) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("late").groups(Set.of(role))
                .claim("unit", unit).issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .expiresAt(Instant.now().minus(Duration.ofHours(2))).sign(TestTokens.SIGNING_KEY);
    }

    public static String signedWithAnotherKey(String role) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("mallory")
                    .groups(Set.of(role)).claim("unit", "VN").expiresIn(Duration.ofHours(1))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature, national unit and every role. */
    public static String unsigned(String role) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
                + "\",\"sub\":\"mallory\",\"groups\":[\"ADMIN\",\"" + role + "\"],\"unit\":\"VN\",\"exp\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}");
        return header + "." + claims + ".";
    }

    public static String ofAnotherIssuer(String role, String unit) {
        return Jwt.issuer("https://evil.example/realms/treem").audience(TestTokens.AUDIENCE).subject("mallory")
                .groups(Set.of(role)).claim("unit", unit).expiresIn(Duration.ofHours(1))
                .sign(TestTokens.SIGNING_KEY);
    }

    public static String forAnotherAudience(String role, String unit) {
        return Jwt.issuer(TestTokens.ISSUER).audience("another-api").subject("reused").groups(Set.of(role))
                .claim("unit", unit).expiresIn(Duration.ofHours(1)).sign(TestTokens.SIGNING_KEY);
    }

    public static String withoutAudience(String role, String unit) {
        return Jwt.issuer(TestTokens.ISSUER).subject("no-audience").groups(Set.of(role)).claim("unit", unit)
                .expiresIn(Duration.ofHours(1)).sign(TestTokens.SIGNING_KEY);
    }

    /** A valid token of {@code unit} whose claims were edited to {@code unit: VN}, signature kept. */
    public static String withUnitWidened(String role, String unit) {
        return widenUnit(TestTokens.token(unit, role), unit);
    }

    /** {@code token}, a valid token of {@code unit}, with its claims edited to {@code unit: VN}, signature kept. */
    public static String widenUnit(String token, String unit) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String widened = claims.replace("\"unit\":\"" + unit + "\"", "\"unit\":\"VN\"");
        if (widened.equals(claims)) {
            throw new IllegalStateException("the unit claim was not found in " + claims);
        }
        return parts[0] + "." + base64(widened) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The memory of verified tokens (platform {@code VerifiedTokens}) does not let an edited copy through: a token of
     * {@code unit} with {@code role} reads {@code path} twice (verified, then remembered), and the same token with its
     * {@code unit} widened after signing is answered 401 with a problem document and no items.
     */
    public static void assertAnEditedCopyOfAnAcceptedTokenIsRefused(String path, String unit, String role) {
        String token = TestTokens.token(unit, role);
        for (int i = 0; i < 2; i++) {
            RestAssured.given().header("Authorization", "Bearer " + token).when().get(path).then().statusCode(200);
        }
        RestAssured.given().header("Accept-Language", "en")
                .header("Authorization", "Bearer " + widenUnit(token, unit)).when().get(path).then().statusCode(401)
                .contentType("application/problem+json").body("status", Matchers.equalTo(401))
                .body("items", Matchers.nullValue());
    }
}
