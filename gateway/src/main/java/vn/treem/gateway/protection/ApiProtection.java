package vn.treem.gateway.protection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.treem.platform.problem.FallbackRoutes;
import vn.treem.platform.problem.ProblemType;

/**
 * Runs before every {@code /api/} request is routed: the rate limits ({@link RateLimiter}) — 429 {@code rate-limited}
 * with {@code Retry-After} — and the response headers that keep a browser from caching or framing personal data. The
 * user is known only from a token whose signature verifies; an invalid or absent token counts against the client
 * address alone (the service then answers 401), so that nobody can exhaust another user's bucket with forged tokens.
 */
@ApplicationScoped
public class ApiProtection {

    /** Set on every API answer unless the service set the header itself. */
    static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    @Inject
    RateLimiter limiter;

    @Inject
    JWTParser tokens;

    @Inject
    vn.treem.gateway.GatewayConfig gateway;

    /** How long a verified token is trusted without checking its signature again (never past its expiry). */
    static final Duration REVERIFY_AFTER = Duration.ofMinutes(1);

    /**
     * Tokens whose signature and expiry verified, by the SHA-256 digest of the token (32 bytes per entry instead of the
     * whole token), so that a token's signature is checked about once a minute rather than on every request. An entry
     * ends at the token's {@code exp} or {@link #REVERIFY_AFTER}, whichever comes first: an expired token is never
     * taken for its user. A forged token cannot land on a verified token's entry without a SHA-256 collision.
     */
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfter(Expiry.creating((String digest, Verified token) -> token.trustedFor(Instant.now())))
            .build();

    /** A verified token: its subject and when it expires. */
    record Verified(String subject, Instant expires) {

        Duration trustedFor(Instant now) {
            Duration left = Duration.between(now, expires);
            return left.isNegative() ? Duration.ZERO : left.compareTo(REVERIFY_AFTER) < 0 ? left : REVERIFY_AFTER;
        }
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 10).handler(this::protect);
    }

    void protect(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            SECURITY_HEADERS.forEach((name, value) -> {
                if (!headers.contains(name)) {
                    headers.set(name, value);
                }
            });
        });
        if (tooLarge(ctx)) {
            ctx.response().putHeader("Connection", "close");
            FallbackRoutes.write(ctx, ProblemType.PAYLOAD_TOO_LARGE);
            return;
        }
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        Optional<Duration> wait = limiter.acquire(client, user(ctx.request().getHeader("Authorization")));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.response().putHeader("Retry-After", Long.toString(seconds));
            ctx.request().resume();
            FallbackRoutes.write(ctx, ProblemType.RATE_LIMITED);
            return;
        }
        ctx.next();
    }

    /** A body announced larger than the gateway lets through to this path. */
    private boolean tooLarge(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length == null || gateway.largeBodyPrefixes().stream().anyMatch(ctx.normalizedPath()::startsWith)) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > gateway.maxBodyBytes();
        } catch (NumberFormatException malformed) {
            return false; // the HTTP server refuses it
        }
    }

    /** The subject of a bearer token whose signature and expiry verify; null otherwise. */
    String user(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        String digest = digest(token);
        Verified known = verified.getIfPresent(digest);
        if (known != null) {
            return known.subject();
        }
        try {
            JsonWebToken jwt = tokens.parse(token);
            String subject = jwt.getSubject();
            if (subject != null && jwt.getExpirationTime() > 0) {
                verified.put(digest, new Verified(subject, Instant.ofEpochSecond(jwt.getExpirationTime())));
            }
            return subject;
        } catch (ParseException | RuntimeException invalid) {
            return null;
        }
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
