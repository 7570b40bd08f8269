package vn.treem.cases.national;

import java.util.List;

/**
 * The port to the national child database ("Hệ thống quản lý thông tin trẻ em tại cơ sở"): push a child's record and a
 * case's status summary, look a child up by personal identification number, and list a commune's children for
 * reconciliation. The exchange format is ours (docs/integrations/national-child-db.md); adapters are chosen by
 * {@code treem.national.adapter}. Every method either answers or throws {@link NationalRegistryException}: a
 * {@link NationalRegistryException.Unavailable} is worth retrying, a {@link NationalRegistryException.Rejected} is not.
 */
public interface NationalChildRegistry {

    /** False when no national system is configured: nothing is pushed and lookups answer 503. */
    boolean enabled();

    /**
     * Creates or replaces the record whose {@code externalId} is our child id. A repeated delivery with the same
     * {@code idempotencyKey} (the remote's 409) counts as done.
     */
    PushResult pushChild(NationalChildRecord record, String idempotencyKey);

    /** Reports a case's status; a repeated delivery with the same {@code idempotencyKey} counts as done. */
    PushResult pushCaseStatus(NationalCaseStatusReport report, String idempotencyKey);

    /** The national records with this personal identification number (normally none or one). */
    List<NationalChildRecord> findByPersonalId(String personalIdNumber);

    /** One page of the national records of children living in {@code communeCode}; {@code pageToken} null first. */
    NationalChildPage listByCommune(String communeCode, String pageToken, int pageSize);

    /** How a push ended. */
    enum Outcome {
        CREATED, UPDATED,
        /** The national system had already applied this change (same idempotency key or a newer version). */
        DUPLICATE
    }

    /** A push that succeeded, with the national system's own id of the record when it gave one. */
    record PushResult(Outcome outcome, String nationalId) {
    }
}
