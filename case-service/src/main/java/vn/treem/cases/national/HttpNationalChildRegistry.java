package vn.treem.cases.national;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The HTTP adapter of {@link NationalChildRegistry} ({@code treem.national.adapter=http}): JSON over HTTPS, OAuth2
 * client credentials, retries and a circuit breaker ({@link NationalCallGuard}). An open circuit is reported as
 * {@link NationalRegistryException.Unavailable} with code {@code CIRCUIT_OPEN}.
 */
@ApplicationScoped
@Typed(HttpNationalChildRegistry.class)
public class HttpNationalChildRegistry implements NationalChildRegistry {

    @Inject
    NationalChildDbCalls calls;

    @Inject
    NationalCallGuard guard;

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public PushResult pushChild(NationalChildRecord record, String idempotencyKey) {
        return guarded(() -> calls.pushChild(record, idempotencyKey));
    }

    @Override
    public PushResult pushCaseStatus(NationalCaseStatusReport report, String idempotencyKey) {
        return guarded(() -> calls.pushCaseStatus(report, idempotencyKey));
    }

    @Override
    public List<NationalChildRecord> findByPersonalId(String personalIdNumber) {
        return guarded(() -> calls.findByPersonalId(personalIdNumber));
    }

    @Override
    public NationalChildPage listByCommune(String communeCode, String pageToken, int pageSize) {
        return guarded(() -> calls.listByCommune(communeCode, pageToken, pageSize));
    }

    private <T> T guarded(Supplier<T> call) {
        NationalCallGuard.forget();
        try {
            return guard.run(call);
        } catch (CircuitBreakerOpenException open) {
            NationalRegistryException tried = NationalCallGuard.lastFailure();
            throw tried != null
                    ? tried
                    : new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.CIRCUIT_OPEN);
        } catch (NationalRegistryException known) {
            throw known;
        } catch (FaultToleranceException | IllegalStateException other) {
            throw NationalChildDbCalls.translate(other);
        } finally {
            NationalCallGuard.forget();
        }
    }
}
