package vn.treem.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer-token parser of the services: smallrye-jwt's, which checks signature, issuer, audience and expiry, with a
 * memory of the tokens it accepted. An app sends the same token with every request until it expires; verifying its RSA
 * signature each time was about a tenth of case-service's CPU per intake (docs/benchmarks.md, issue #9, session 9). A
 * token is remembered by its exact text, so a token changed in any character is verified afresh; a remembered token is
 * used only before its {@code exp}, and for at most {@link #LIFETIME} after it was verified, so that a key withdrawn
 * from the configuration stops being trusted within that time. Tokens checked against another configuration
 * ({@link #parse(String, JWTAuthContextInfo)}) and the other methods are never remembered.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    /** Tokens remembered at most: a few MB, far more than the officers active on one replica within a lifetime. */
    static final int CAPACITY = 2_000;
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> accepted;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(LIFETIME)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        JsonWebToken known = accepted.getIfPresent(token);
        if (known != null) {
            if (now < known.getExpirationTime()) {
                return known;
            }
            accepted.invalidate(token);
        }
        JsonWebToken verified = verifier.parse(token);
        if (now < verified.getExpirationTime()) {
            accepted.put(token, verified);
        }
        return verified;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
