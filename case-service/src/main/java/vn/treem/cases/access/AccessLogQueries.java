package vn.treem.cases.access;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The access log of one record, for approvers: every read and write, newest first (at most the last 500). */
@ApplicationScoped
public class AccessLogQueries {

    static final int MAX_ENTRIES = 500;

    @Inject
    RecordAccess access;

    @Transactional
    public List<AccessLogEntry> ofCase(UUID caseId) {
        access.requireApprover();
        access.visibleCase(caseId);
        return entries(RecordType.CASE, caseId);
    }

    @Transactional
    public List<AccessLogEntry> ofChild(UUID childId) {
        access.requireApprover();
        access.visibleChild(childId, false);
        return entries(RecordType.CHILD, childId);
    }

    private static List<AccessLogEntry> entries(RecordType type, UUID id) {
        return AccessLog.<AccessLog>find("recordType = ?1 and recordId = ?2 order by id desc", type, id)
                .page(0, MAX_ENTRIES).list().stream()
                .map(e -> new AccessLogEntry(e.recordType, e.subject, e.action,
                        e.fields == null ? List.of() : Arrays.asList(e.fields.split(",")), e.at))
                .toList();
    }
}
