package vn.treem.cases;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * case-service talking to the simulated national child database ({@link NationalChildDbSimulator}), with quick retries,
 * backoff and circuit breaker so that every failure mode plays out within a test.
 */
public class NationalSyncProfile implements QuarkusTestProfile {

    /** Tries before a change is parked, in these tests. */
    public static final int MAX_ATTEMPTS = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        String guard = "quarkus.fault-tolerance.\"vn.treem.cases.national.NationalCallGuard\".";
        return Map.ofEntries(
                Map.entry("treem.national.sync.max-attempts", String.valueOf(MAX_ATTEMPTS)),
                Map.entry("treem.national.sync.backoff-initial", "PT0.05S"),
                Map.entry("treem.national.sync.backoff-max", "PT0.2S"),
                Map.entry("treem.national.reconciliation.page-size", "2"),
                Map.entry(guard + "retry.max-retries", "1"),
                Map.entry(guard + "retry.delay", "10"),
                Map.entry(guard + "retry.jitter", "0"),
                Map.entry(guard + "circuit-breaker.request-volume-threshold", "4"),
                Map.entry(guard + "circuit-breaker.delay", "300"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NationalChildDbSimulator.class));
    }
}
