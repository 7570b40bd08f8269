package vn.treem.plans.progress;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code vn.treem.plan.assignment.status-changed.v1}. */
public record AssignmentStatusChangedEvent(UUID planId, UUID seriesId, UUID assignmentId, String issuingUnitCode,
        String agencyName, String role, String fromStatus, String toStatus, OffsetDateTime at) {

    public static final String TYPE = "vn.treem.plan.assignment.status-changed.v1";
}
