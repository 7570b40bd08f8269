package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.child.Child;

/**
 * Records changes for the national child database in the caller's transaction (ADR 0012), next to the
 * {@code Outbox.record} of the same change: either the change and its sync item are both committed or neither is.
 * {@link NationalSyncWorker} pushes them.
 */
@ApplicationScoped
public class NationalSyncOutbox {

    @Inject
    ObjectMapper json;

    /** A child was registered or their record changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childChanged(Child child) {
        NationalSyncItem.pending(NationalSyncItem.Kind.CHILD, child.id, null, child.residenceCommuneCode).persist();
    }

    /** A case was opened or moved to {@code status} at {@code at}; concerns as codes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseStatusChanged(ProtectionCase found, CaseStatus status, OffsetDateTime at,
            List<String> concernCategories) {
        NationalSyncItem item = NationalSyncItem.pending(NationalSyncItem.Kind.CASE_STATUS, found.child.id, found.id,
                found.communeCode);
        NationalCaseStatusReport report = new NationalCaseStatusReport(found.id.toString(),
                found.child.id.toString(), NationalChildRecord.SOURCE_SYSTEM, 0, found.communeCode,
                NationalCodes.caseStatus(status), status.name(), at, found.openedAt,
                status == CaseStatus.CLOSED ? at : null, List.copyOf(concernCategories),
                found.riskLevel == null ? null : found.riskLevel.name());
        try {
            item.payload = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case status report cannot be written as JSON", e);
        }
        item.persist();
    }
}
