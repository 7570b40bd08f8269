package vn.treem.gateway.protection;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

    /** Verified tokens → their subject, so that a token's signature is checked once a minute, not per request. */
    private final Cache<String, String> subjects = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(1, TimeUnit.MINUTES).build();

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
        String cached = subjects.getIfPresent(token);
        if (cached != null) {
            return cached;
        }
        try {
            String subject = tokens.parse(token).getSubject();
            if (subject != null) {
                subjects.put(token, subject);
            }
            return subject;
        } catch (ParseException | RuntimeException invalid) {
            return null;
        }
    }
}
