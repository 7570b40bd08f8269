package vn.treem.plans.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.treem.plans.content.PlanContent;

/**
 * Data of {@code vn.treem.plan.plan.issued.v1} and {@code vn.treem.plan.plan.amended.v1}
 * (docs/events/plan.plan.issued.v1.json): codes, dates, targets, assignments and the reporting schedule, so that
 * reporting-service can expect the reports and follow the targets. Plans hold no personal data.
 */
public record PlanIssuedEvent(UUID planId, String issuingUnitCode, String issuingUnitLevel, LocalDate issueDate,
        int periodFromYear, int periodToYear, PlanType type, PlanStatus status, UUID seriesId, int versionNumber,
        UUID supersedesId, UUID parentPlanId, List<TargetFact> targets, List<AssignmentFact> assignments,
        List<ScheduleFact> reportingSchedule) {

    public static final String TYPE = "vn.treem.plan.plan.issued.v1";
    public static final String AMENDED = "vn.treem.plan.plan.amended.v1";

    /** A yearly target of an indicator of the plan, with the indicator's baseline if the plan states one. */
    public record TargetFact(String indicatorCode, String catalogIndicator, String unit, String direction, int year,
            String comparator, BigDecimal value, BigDecimal upperValue, BigDecimal baselineValue,
            Integer baselineYear) {
    }

    public record AssignmentFact(UUID assignmentId, String taskCode, UUID agencyId, String agencyName, String role,
            LocalDate deadline, String recurrence) {
    }

    public record ScheduleFact(String reporter, String recipient, String period, List<String> dueDates) {
    }

    static PlanIssuedEvent of(Plan plan, String unitLevel) {
        PlanContent content = plan.content;
        List<TargetFact> targets = content.objectivesOrEmpty().stream()
                .flatMap(o -> o.indicators() == null ? java.util.stream.Stream.empty() : o.indicators().stream())
                .flatMap(i -> i.targets() == null
                        ? java.util.stream.Stream.<TargetFact>empty()
                        : i.targets().stream().map(t -> new TargetFact(i.code(), i.catalogIndicator(),
                                i.unit().name(), i.direction().name(), t.year(), t.comparator().name(), t.value(),
                                t.upperValue(), i.baseline() == null ? null : i.baseline().value(),
                                i.baseline() == null ? null : i.baseline().year())))
                .toList();
        List<AssignmentFact> assignments = content.assignmentsOrEmpty().stream()
                .map(a -> new AssignmentFact(a.id(), a.taskCode(), a.agencyId(), a.agencyName(), a.role().name(),
                        a.deadline(), a.recurrence() == null ? null : a.recurrence().name()))
                .toList();
        List<ScheduleFact> schedule = content.reportingOrEmpty().stream()
                .map(r -> new ScheduleFact(r.reporter(), r.recipient(), r.period().name(),
                        r.dueDates() == null ? List.of() : r.dueDates()))
                .toList();
        return new PlanIssuedEvent(plan.id, plan.issuingUnitCode, unitLevel, plan.issueDate, plan.periodFromYear,
                plan.periodToYear, plan.type, plan.status, plan.seriesId, plan.versionNumber, plan.supersedesId,
                plan.parentPlanId, targets, assignments, schedule);
    }
}
