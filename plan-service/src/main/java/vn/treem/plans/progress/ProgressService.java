package vn.treem.plans.progress;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.treem.plans.content.PlanContent;
import vn.treem.plans.plan.Plan;
import vn.treem.plans.plan.PlanQueries;
import vn.treem.plans.plan.PlanStatus;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * Progress of an issued plan: agencies report the status of their assignments and the actual values of indicators;
 * OVERDUE and the target status are derived ({@link TargetProgress}).
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    PlanQueries plans;

    @Inject
    AdminUnitDirectory units;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional
    public ProgressView progress(UUID planId) {
        Plan plan = visibleIssued(planId);
        Map<UUID, AssignmentProgress> reported = AssignmentProgress.<AssignmentProgress>list("seriesId", plan.seriesId)
                .stream().collect(Collectors.toMap(p -> p.assignmentId, Function.identity()));
        var today = AdminUnitDirectory.today();
        List<ProgressView.AssignmentLine> assignments = plan.content.assignmentsOrEmpty().stream().map(a -> {
            AssignmentProgress p = reported.get(a.id());
            AssignmentStatus status = p == null ? AssignmentStatus.NOT_STARTED : p.status;
            if (status != AssignmentStatus.DONE && a.deadline() != null && a.deadline().isBefore(today)) {
                status = AssignmentStatus.OVERDUE;
            }
            return new ProgressView.AssignmentLine(a.id(), a.taskCode(), a.agencyName(), a.role().name(),
                    a.deadline(), status, p == null ? null : p.note, p == null ? 0 : p.version + 1);
        }).toList();
        List<ProgressView.IndicatorLine> indicators = new ArrayList<>();
        for (PlanContent.Objective objective : plan.content.objectivesOrEmpty()) {
            if (objective.indicators() == null) {
                continue;
            }
            for (PlanContent.Indicator indicator : objective.indicators()) {
                Optional<IndicatorActual> latest = indicator.code() == null
                        ? Optional.empty()
                        : IndicatorActual
                                .<IndicatorActual>find("seriesId = ?1 and indicatorCode = ?2 order by year desc",
                                        plan.seriesId, indicator.code())
                                .firstResultOptional();
                Optional<PlanContent.Target> next = nextTarget(indicator,
                        latest.map(l -> l.year).orElse(today.getYear()));
                next.ifPresent(target -> indicators.add(new ProgressView.IndicatorLine(indicator.code(),
                        indicator.text(), target, latest.map(l -> l.year).orElse(null),
                        latest.map(l -> l.value).orElse(null), TargetProgress.judge(target, indicator.baseline(),
                                latest.map(l -> l.year).orElse(null), latest.map(l -> l.value).orElse(null)))));
            }
        }
        return new ProgressView(plan.id, assignments, indicators);
    }

    /** The target the indicator is judged against in {@code year}: the first target of that year or later. */
    private static Optional<PlanContent.Target> nextTarget(PlanContent.Indicator indicator, int year) {
        if (indicator.targets() == null || indicator.targets().isEmpty()) {
            return Optional.empty();
        }
        return indicator.targets().stream().filter(t -> t.year() >= year)
                .min(Comparator.comparing(PlanContent.Target::year))
                .or(() -> indicator.targets().stream().max(Comparator.comparing(PlanContent.Target::year)));
    }

    @Transactional
    public ProgressView.AssignmentLine reportStatus(UUID planId, UUID assignmentId, long expectedVersion,
            ProgressRequests.Status request) {
        Plan plan = visibleIssued(planId);
        requireReporter(plan);
        PlanContent.Assignment assignment = plan.content.assignmentsOrEmpty().stream()
                .filter(a -> a.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
        if (request.status() == AssignmentStatus.OVERDUE) {
            throw ProblemException.invalid(new FieldViolation("status", "DERIVED_STATUS"));
        }
        AssignmentProgress progress = AssignmentProgress.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        // Version seen by clients: 0 before the first report, then the row's version + 1.
        IfMatch.check(expectedVersion, progress == null ? 0 : progress.version + 1);
        String from = progress == null ? AssignmentStatus.NOT_STARTED.name() : progress.status.name();
        if (progress == null) {
            progress = new AssignmentProgress();
            progress.assignmentId = assignmentId;
            progress.seriesId = plan.seriesId;
        }
        progress.status = request.status();
        progress.note = request.note();
        progress.reportedBy = caller.subject();
        progress.reportedAt = OffsetDateTime.now();
        progress.persistAndFlush();
        if (!from.equals(request.status().name())) {
            outbox.record("plan", plan.id.toString(), AssignmentStatusChangedEvent.TYPE, progress.reportedAt,
                    new AssignmentStatusChangedEvent(plan.id, plan.seriesId, assignmentId, plan.issuingUnitCode,
                            assignment.agencyName(), assignment.role().name(), from, request.status().name(),
                            progress.reportedAt));
        }
        return new ProgressView.AssignmentLine(assignmentId, assignment.taskCode(), assignment.agencyName(),
                assignment.role().name(), assignment.deadline(), progress.status, progress.note, progress.version + 1);
    }

    @Transactional
    public void reportActual(UUID planId, ProgressRequests.Actual request) {
        Plan plan = visibleIssued(planId);
        requireReporter(plan);
        boolean known = plan.content.objectivesOrEmpty().stream()
                .flatMap(o -> o.indicators() == null ? java.util.stream.Stream.empty() : o.indicators().stream())
                .anyMatch(i -> request.indicatorCode().equals(i.code()));
        if (!known) {
            throw ProblemException.invalid(new FieldViolation("indicatorCode", "UNKNOWN_INDICATOR"));
        }
        IndicatorActual actual = IndicatorActual.find("seriesId = ?1 and indicatorCode = ?2 and year = ?3",
                plan.seriesId, request.indicatorCode(), request.year()).firstResult();
        if (actual == null) {
            actual = new IndicatorActual();
            actual.seriesId = plan.seriesId;
            actual.indicatorCode = request.indicatorCode();
            actual.year = request.year();
        }
        actual.value = request.value();
        actual.source = request.source();
        actual.reportedBy = caller.subject();
        actual.reportedAt = OffsetDateTime.now();
        actual.persist();
        outbox.record("plan", plan.id.toString(), IndicatorActualReportedEvent.TYPE, actual.reportedAt,
                new IndicatorActualReportedEvent(plan.id, plan.seriesId, plan.issuingUnitCode,
                        request.indicatorCode(), request.year(), request.value(), actual.reportedAt));
    }

    private Plan visibleIssued(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null || !plans.visible(plan)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        if (plan.status != PlanStatus.ISSUED && plan.status != PlanStatus.CLOSED) {
            throw ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                    plan.status.name(), "PROGRESS").withAllowed(List.of(PlanStatus.ISSUED.name()));
        }
        return plan;
    }

    /** Reporters and planners of the issuing unit or of a unit within it report progress. */
    private void requireReporter(Plan plan) {
        if (!units.isWithin(caller.unit(), plan.issuingUnitCode, AdminUnitDirectory.today())
                && !units.isWithin(caller.unit(), plan.issuingUnitCode, plan.issueDate)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), plan.issuingUnitCode);
        }
    }
}
