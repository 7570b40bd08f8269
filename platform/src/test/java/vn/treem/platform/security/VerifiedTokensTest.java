package vn.treem.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import vn.treem.platform.testing.TestTokens;
import vn.treem.platform.testing.TokenAttacks;

/** The memory of verified bearer tokens, in front of smallrye-jwt's real verification with the test key. */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private final VerifiedTokens tokens = new VerifiedTokens(new DefaultJWTParser(context("treem-api")), clock);

    @Test
    void aTokenVerifiedOnceIsRecognisedWithoutBeingVerifiedAgain() throws ParseException {
        String token = TestTokens.token("01", Roles.CASE_WORKER);

        JsonWebToken first = tokens.parse(token);

        assertThat(first.getClaim("unit").toString()).contains("01");
        assertThat(tokens.parse(token)).isSameAs(first);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItsExpiryHasPassed() throws ParseException {
        // expires well within the memory's lifetime, so that only its exp can end its use
        String token = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("short")
                .groups(Set.of(Roles.CASE_WORKER)).claim("unit", "01").expiresIn(Duration.ofMinutes(2))
                .sign(TestTokens.SIGNING_KEY);
        JsonWebToken first = tokens.parse(token);

        clock.moveTo(Instant.ofEpochSecond(first.getExpirationTime()));
        assertThat(Duration.between(Instant.now(), clock.instant())).isLessThan(VerifiedTokens.LIFETIME);

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainAfterTheLifetimeOfTheMemory() throws ParseException {
        String token = TestTokens.token("01", Roles.CASE_WORKER);
        JsonWebToken first = tokens.parse(token);

        clock.moveTo(clock.instant().plus(VerifiedTokens.LIFETIME).plusSeconds(1));

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void aRememberedTokenChangedAfterSigningIsRefused() throws ParseException {
        String token = TestTokens.token("01", Roles.CASE_WORKER);
        tokens.parse(token);

        assertThatThrownBy(() -> tokens.parse(TokenAttacks.widenUnit(token, "01")))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenCheckedAgainstAnotherConfigurationIsNotTakenFromTheMemory() throws ParseException {
        String token = TestTokens.token("01", Roles.CASE_WORKER);
        tokens.parse(token);

        assertThatThrownBy(() -> tokens.parse(token, context("another-api"))).isInstanceOf(ParseException.class);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String expired = TokenAttacks.expired(Roles.CASE_WORKER, "01");

        assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
    }

    private static JWTAuthContextInfo context(String audience) {
        JWTAuthContextInfo context = new JWTAuthContextInfo("testing/test-verify-key.pem", TestTokens.ISSUER);
        context.setExpectedAudience(Set.of(audience));
        return context;
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
