package vn.treem.gateway.protection;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits of the API ({@code treem.gateway.rate-limit.*}, docs/trust.md): token buckets per client address and per
 * user (the verified token's subject). A bucket holds {@code capacity} requests and refills {@code refill} of them
 * every {@code period}.
 */
@ConfigMapping(prefix = "treem.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Per client address (all users behind it together, and requests without a valid token). */
    Limit perClient();

    /** Per user: the subject of a token whose signature verifies. */
    Limit perUser();

    /** How many buckets are kept (least recently used ones are dropped). */
    @WithDefault("100000")
    long maxTrackedKeys();

    interface Limit {

        /** Requests in a burst. */
        long capacity();

        /** Requests given back per period. */
        long refill();

        @WithDefault("1s")
        Duration period();
    }
}
