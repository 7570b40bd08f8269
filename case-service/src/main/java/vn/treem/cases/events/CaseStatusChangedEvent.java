package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.treem.cases.intake.ConcernCategory;

/**
 * Data of {@code vn.treem.case.case.status-changed.v1}: a step of the process, with the facts statistics need (risk,
 * deadline kept or not) and no personal data.
 */
public record CaseStatusChangedEvent(
        UUID caseId,
        String communeCode,
        String provinceCode,
        String fromStatus,
        String toStatus,
        OffsetDateTime at,
        List<ConcernCategory> concernCategories,
        String childSex,
        String childAgeBand,
        String riskLevel,
        Boolean emergency,
        String residualRisk,
        List<DeadlineOutcome> deadlines) {

    public static final String TYPE = "vn.treem.case.case.status-changed.v1";

    /** A deadline this step met: its kind, due time and whether it was met in time. */
    public record DeadlineOutcome(String kind, OffsetDateTime dueAt, boolean met) {
    }
}
