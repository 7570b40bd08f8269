package vn.treem.cases.national;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Every call to the national child database goes through {@link #run}, guarded by SmallRye Fault Tolerance: a few quick
 * retries with jittered delays for failures worth retrying ({@link NationalRegistryException.Unavailable}), none for a
 * rejection, and one circuit breaker for the whole national system, so that a system that is down is left alone for a
 * while instead of being hammered by every queued change and every lookup. Settings are MicroProfile Fault Tolerance
 * config, e.g. {@code vn.treem.cases.national.NationalCallGuard/Retry/maxRetries} or
 * {@code vn.treem.cases.national.NationalCallGuard/CircuitBreaker/delay}.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = NationalRegistryException.Unavailable.class, abortOn = {
        NationalRegistryException.Rejected.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000, successThreshold = 1, failOn = NationalRegistryException.Unavailable.class, skipOn = NationalRegistryException.Rejected.class)
public class NationalCallGuard {

    public static final String CIRCUIT = "national-child-db";

    @CircuitBreakerName(CIRCUIT)
    public <T> T run(Supplier<T> call) {
        return call.get();
    }
}
