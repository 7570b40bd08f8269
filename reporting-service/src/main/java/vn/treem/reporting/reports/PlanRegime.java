package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of the plan events (docs/events/plan.plan.issued.v1.json, plan.plan.closed.v1.json) that periodic reports
 * use: the plan's identity, period, assignments, targets and reporting schedule. Codes, ids and agency names only, like
 * the events.
 */
final class PlanRegime {

    static final String ISSUED = "vn.treem.plan.plan.issued.v1";
    static final String AMENDED = "vn.treem.plan.plan.amended.v1";
    static final String CLOSED = "vn.treem.plan.plan.closed.v1";

    private PlanRegime() {
    }

    /** Data of issued.v1 and amended.v1. Events written before series and versions existed lack them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Issued(UUID planId, UUID seriesId, Integer versionNumber, String issuingUnitCode, LocalDate issueDate,
            Integer periodFromYear, Integer periodToYear, List<Target> targets, List<Assignment> assignments,
            List<ScheduleRule> reportingSchedule) {

        UUID series() {
            return seriesId != null ? seriesId : planId;
        }

        int version() {
            return versionNumber == null ? 1 : versionNumber;
        }

        List<Target> targetsOrEmpty() {
            return targets == null ? List.of() : targets;
        }

        List<Assignment> assignmentsOrEmpty() {
            return assignments == null ? List.of() : assignments;
        }

        List<ScheduleRule> scheduleOrEmpty() {
            return reportingSchedule == null ? List.of() : reportingSchedule;
        }
    }

    /** A yearly target of an indicator of the plan; only the indicator and its unit matter here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Target(String indicatorCode, String catalogIndicator, String unit) {
    }

    /** A task assigned to an agency by the plan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignment(UUID assignmentId, String taskCode, String agencyName, String role, LocalDate deadline) {
    }

    /** One reporting rule: who reports to whom, how often, by which days of the year ({@code MM-dd}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduleRule(String reporter, String recipient, String period, List<String> dueDates) {
    }

    /** Data of closed.v1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Closed(UUID planId, UUID seriesId, String issuingUnitCode, OffsetDateTime closedAt) {

        UUID series() {
            return seriesId != null ? seriesId : planId;
        }
    }
}
