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
 * config, e.g. {@code quarkus.fault-tolerance."vn.treem.cases.national.NationalCallGuard".retry.max-retries} or
 * {@code quarkus.fault-tolerance."vn.treem.cases.national.NationalCallGuard".circuit-breaker.delay}.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = NationalRegistryException.Unavailable.class, abortOn = {
        NationalRegistryException.Rejected.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000, successThreshold = 1, failOn = NationalRegistryException.Unavailable.class, skipOn = NationalRegistryException.Rejected.class)
public class NationalCallGuard {

    public static final String CIRCUIT = "national-child-db";

    /**
     * The last real failure of the current call on this thread: when a retry is refused by the circuit breaker (which a
     * failure just opened), that failure, not the refusal, is what happened.
     */
    private static final ThreadLocal<NationalRegistryException> LAST_FAILURE = new ThreadLocal<>();

    @CircuitBreakerName(CIRCUIT)
    public <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (NationalRegistryException failure) {
            LAST_FAILURE.set(failure);
            throw failure;
        }
    }

    static NationalRegistryException lastFailure() {
        return LAST_FAILURE.get();
    }

    static void forget() {
        LAST_FAILURE.remove();
    }
}
