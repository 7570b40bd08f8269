package vn.treem.gateway.protection;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) per client address and per user, kept in a bounded in-memory map (Caffeine) per gateway
 * replica: with n replicas behind a load balancer a caller gets up to n times the limit, which is what the limits are
 * sized for (docs/trust.md). A request must find a token in both its buckets.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxTrackedKeys())
                .expireAfterAccess(10, TimeUnit.MINUTES).build();
    }

    /** Takes a token for {@code client} and, if known, {@code user}; the wait before retrying when refused. */
    public Optional<Duration> acquire(String client, String user) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Optional<Duration> refused = take("client:" + client, config.perClient());
        if (refused.isEmpty() && user != null) {
            refused = take("user:" + user, config.perUser());
        }
        return refused;
    }

    private Optional<Duration> take(String key, RateLimitConfig.Limit limit) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refill(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
