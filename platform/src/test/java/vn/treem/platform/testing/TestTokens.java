package vn.treem.platform.testing;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the test-only key that services trust in the {@code %test} profile. */
public final class TestTokens {

    public static final String ISSUER = "urn:treem:dev";
    public static final String SIGNING_KEY = "testing/test-signing-key.pem";
    /** The audience the services accept ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "treem-api";

    private TestTokens() {
    }

    /** A token for a user serving {@code unit} with {@code roles}. */
    public static String token(String unit, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE)
                .subject("test-" + String.join("-", roles).toLowerCase() + "-" + unit)
                .groups(Set.of(roles)).claim("unit", unit).expiresIn(Duration.ofHours(1)).sign(SIGNING_KEY);
    }

    /** The {@code Authorization} header value for a user {@code subject} serving {@code unit} with {@code roles}. */
    public static String bearerFor(String subject, String unit, String... roles) {
        return "Bearer "
                + Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).claim("unit", unit)
                        .expiresIn(Duration.ofHours(1)).sign(SIGNING_KEY);
    }

    /** The {@code Authorization} header value for {@link #token}. */
    public static String bearer(String unit, String... roles) {
        return "Bearer " + token(unit, roles);
    }
}
