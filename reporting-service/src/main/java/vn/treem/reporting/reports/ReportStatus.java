package vn.treem.reporting.reports;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a periodic report stands. EXPECTED (generated from a plan's reporting regime) → DRAFT (saved by the reporter) →
 * SUBMITTED → ACCEPTED (locked) or RETURNED (editable again, then SUBMITTED again). CANCELLED: no longer expected,
 * because an amendment of the plan dropped it or the plan was closed before it was due.
 */
@Schema(name = "ReportStatus")
public enum ReportStatus {

    EXPECTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, CANCELLED;

    /** Statuses in which the reporter may still change the content and submit. */
    public static final Set<ReportStatus> OPEN = Set.of(EXPECTED, DRAFT, RETURNED);

    /** Statuses in which the report counts as received by the level above. */
    public static final Set<ReportStatus> RECEIVED = Set.of(SUBMITTED, ACCEPTED);

    /** True while the reporter may edit the report. */
    public boolean editable() {
        return OPEN.contains(this);
    }

    /** The steps that can follow this status, as shown in an illegal-transition problem. */
    public List<String> next() {
        return switch (this) {
            case EXPECTED -> List.of(DRAFT.name());
            case DRAFT, RETURNED -> List.of(DRAFT.name(), SUBMITTED.name());
            case SUBMITTED -> List.of(ACCEPTED.name(), RETURNED.name());
            case ACCEPTED, CANCELLED -> List.of();
        };
    }
}
