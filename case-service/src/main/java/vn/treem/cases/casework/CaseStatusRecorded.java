package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case was opened ({@code from} is null) or changed status. Fired as a synchronous CDI event next to the outbox
 * event, inside the transaction of the change, so that observers (the hotline webhook outbox) write their rows in the
 * same transaction: both happen or neither does.
 */
public record CaseStatusRecorded(UUID caseId, CaseStatus from, CaseStatus to, OffsetDateTime at) {
}
