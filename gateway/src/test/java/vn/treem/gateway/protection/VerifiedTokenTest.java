package vn.treem.gateway.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** How long a verified token is trusted without checking its signature again: never past its expiry. */
class VerifiedTokenTest {

    static final Instant NOW = Instant.parse("2026-11-23T23:30:00Z");

    @Test
    void aTokenValidForHoursIsVerifiedAgainAfterAMinute() {
        assertThat(new ApiProtection.Verified("alice", NOW.plus(Duration.ofHours(1))).trustedFor(NOW))
                .isEqualTo(ApiProtection.REVERIFY_AFTER).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aTokenExpiringWithinTheMinuteIsTrustedOnlyUntilItsExpiry() {
        assertThat(new ApiProtection.Verified("alice", NOW.plusSeconds(12)).trustedFor(NOW))
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void anExpiredTokenIsNotTrustedAtAll() {
        assertThat(new ApiProtection.Verified("alice", NOW.minusSeconds(30)).trustedFor(NOW)).isZero();
        assertThat(new ApiProtection.Verified("alice", NOW).trustedFor(NOW)).isZero();
    }

    @Test
    void tokensAreKeptByTheirSha256DigestNotByTheTokenItself() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
        assertThat(ApiProtection.digest(token)).hasSize(64).doesNotContain(token)
                .isEqualTo(ApiProtection.digest(new String(token.toCharArray())))
                .isNotEqualTo(ApiProtection.digest(token + "x"));
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(ApiProtection.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
