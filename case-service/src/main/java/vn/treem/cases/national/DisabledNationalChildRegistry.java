package vn.treem.cases.national;

import java.util.List;

/**
 * {@code treem.national.adapter=disabled} (the default when no national system is configured): nothing is sent. Changes
 * still queue up in the sync outbox and leave once an adapter is configured; lookups and reconciliations answer 503.
 */
public class DisabledNationalChildRegistry implements NationalChildRegistry {

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public PushResult pushChild(NationalChildRecord record, String idempotencyKey) {
        throw notConfigured();
    }

    @Override
    public PushResult pushCaseStatus(NationalCaseStatusReport report, String idempotencyKey) {
        throw notConfigured();
    }

    @Override
    public List<NationalChildRecord> findByPersonalId(String personalIdNumber) {
        throw notConfigured();
    }

    @Override
    public NationalChildPage listByCommune(String communeCode, String pageToken, int pageSize) {
        throw notConfigured();
    }

    private static NationalRegistryException notConfigured() {
        return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.NOT_CONFIGURED);
    }
}
