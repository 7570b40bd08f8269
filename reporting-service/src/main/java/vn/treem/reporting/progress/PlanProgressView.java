package vn.treem.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Progress of an issued plan and of the plans derived from it, from case data, accepted reports and plan events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanProgressData", description = "Targets against actuals per year and per sub-unit, and tasks by status, of an issued plan and the plans derived from it")
public record PlanProgressView(
        @Schema(description = "The version in force") UUID planId,
        UUID seriesId,
        int versionNumber,
        @Schema(example = "01") String issuingUnitCode,
        @Schema(example = "2026") int periodFromYear,
        @Schema(example = "2030") int periodToYear,
        LocalDate closedOn,
        @Schema(description = "The year the sub-units are shown for", example = "2026") int year,
        List<IndicatorProgress> indicators,
        Tasks tasks,
        @Schema(description = "Issued plans of lower units implementing this one") List<DerivedPlan> derivedPlans) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanIndicatorProgress")
    public record IndicatorProgress(
            @Schema(description = "The plan's indicator code", example = "2.1") String code,
            @Schema(description = "The catalog indicator it is measured by", example = "ABUSED_CHILDREN_INTERVENTION_SHARE") String catalogIndicator,
            @Schema(example = "PERCENT") String unit,
            @Schema(example = "INCREASE") String direction,
            BigDecimal baselineValue,
            Integer baselineYear,
            @Schema(description = "COMPUTED from case data by reporting-service, or REPORTED by agencies", example = "COMPUTED") String source,
            @Schema(description = "The plan's own unit, every year of the plan") List<YearProgress> years,
            @Schema(description = "The units directly below, in the selected year") List<UnitProgress> units) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanYearProgress")
    public record YearProgress(
            @Schema(example = "2026") int year,
            @Schema(description = "The target the year is judged against: the first of this year or later, else the last") Target target,
            @Schema(description = "The actual value (year to date for the running year)") BigDecimal actual,
            @Schema(description = "COMPUTED, PLAN (reported on the plan), REPORT (an accepted periodic report) or UNITS (accepted reports of the units below, summed)", example = "COMPUTED") String actualSource,
            TargetStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanUnitProgress")
    public record UnitProgress(
            @Schema(example = "00004") String unitCode,
            @Schema(description = "The unit's own plan derived from this one, if issued") UUID planId,
            @Schema(description = "The unit's own target, else the plan's (shares only)") Target target,
            BigDecimal actual,
            String actualSource,
            TargetStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTargetValue")
    public record Target(@Schema(example = "2030") int year, @Schema(example = "AT_LEAST") String comparator,
            @Schema(example = "80") BigDecimal value, BigDecimal upperValue) {

        static Target of(PlanEvents.Target target) {
            return target == null
                    ? null
                    : new Target(target.year(), target.comparator(), target.value(), target.upperValue());
        }
    }

    @Schema(name = "PlanTasksProgress")
    public record Tasks(
            @Schema(description = "Assignments of this plan by status (NOT_STARTED, IN_PROGRESS, DONE, OVERDUE)") Map<String, Long> byStatus,
            List<TaskLine> assignments,
            @Schema(description = "Assignments of each derived plan by status") List<UnitTasks> units) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskLine")
    public record TaskLine(UUID assignmentId, String taskCode, String agencyName, String role, LocalDate deadline,
            String status) {
    }

    @Schema(name = "PlanUnitTasks")
    public record UnitTasks(String unitCode, UUID planId, Map<String, Long> byStatus) {
    }

    @Schema(name = "DerivedPlan")
    public record DerivedPlan(UUID planId, UUID seriesId, String issuingUnitCode, LocalDate issueDate) {
    }
}
