package vn.treem.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts of plan-service's events that plan progress uses (docs/events/plan.*.json): ids, codes, numbers and agency
 * names, like the events.
 */
public final class PlanEvents {

    static final String ISSUED = "vn.treem.plan.plan.issued.v1";
    static final String AMENDED = "vn.treem.plan.plan.amended.v1";
    static final String CLOSED = "vn.treem.plan.plan.closed.v1";
    static final String ASSIGNMENT_STATUS = "vn.treem.plan.assignment.status-changed.v1";
    static final String ACTUAL_REPORTED = "vn.treem.plan.indicator-actual.reported.v1";

    private PlanEvents() {
    }

    /** Data of issued.v1 and amended.v1; events written before series and versions existed lack them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issued(UUID planId, UUID seriesId, Integer versionNumber, UUID parentPlanId, String issuingUnitCode,
            LocalDate issueDate, Integer periodFromYear, Integer periodToYear, List<Target> targets,
            List<Assignment> assignments) {

        UUID series() {
            return seriesId != null ? seriesId : planId;
        }

        int version() {
            return versionNumber == null ? 1 : versionNumber;
        }
    }

    /** A yearly target of a plan indicator, with the indicator's baseline when the plan states one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String indicatorCode, String catalogIndicator, String unit, String direction, int year,
            String comparator, BigDecimal value, BigDecimal upperValue, BigDecimal baselineValue,
            Integer baselineYear) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignment(UUID assignmentId, String taskCode, String agencyName, String role, LocalDate deadline) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closed(UUID planId, UUID seriesId, OffsetDateTime closedAt) {

        UUID series() {
            return seriesId != null ? seriesId : planId;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssignmentStatus(UUID planId, UUID seriesId, UUID assignmentId, String toStatus, OffsetDateTime at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActualReported(UUID planId, UUID seriesId, String issuingUnitCode, String indicatorCode, Integer year,
            BigDecimal value, OffsetDateTime reportedAt) {
    }
}
