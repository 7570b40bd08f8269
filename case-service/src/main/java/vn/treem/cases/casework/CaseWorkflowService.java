package vn.treem.cases.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.child.ChildService;
import vn.treem.cases.deadline.CaseDeadline;
import vn.treem.cases.deadline.DeadlineKind;
import vn.treem.cases.deadline.DeadlineService;
import vn.treem.cases.events.CaseClosedEvent;
import vn.treem.cases.events.CaseStatusChangedEvent;
import vn.treem.cases.events.ChildRecordEvent;
import vn.treem.cases.intake.Intake;
import vn.treem.cases.national.NationalSyncOutbox;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Moves cases through the Decree 56/2017 process ({@link CaseWorkflow}): checks the caller's reach and the version the
 * client saw (If-Match), the step's data and the time limits, then records the step in the history and the access log
 * and announces it — all in one transaction.
 */
@ApplicationScoped
public class CaseWorkflowService {

    /** Clocks of phones in the field drift; times this far ahead of ours are still accepted. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(CaseWorkflowService.class);

    @Inject
    RecordAccess access;

    @Inject
    DeadlineService deadlines;

    @Inject
    Outbox outbox;

    @Inject
    AdminUnitDirectory units;

    @Inject
    CaseQueries queries;

    @Inject
    ObjectMapper json;

    @Inject
    ChildService children;

    @Inject
    Event<CaseStatusRecorded> statusRecorded;

    @Inject
    NationalSyncOutbox nationalSync;

    /** The case for a change: visible to the caller, locked, and still at the version the client saw. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProtectionCase forUpdate(UUID id, long expectedVersion) {
        ProtectionCase found = access.visibleCaseForUpdate(id);
        IfMatch.check(expectedVersion, found.version);
        return found;
    }

    @Transactional
    public CaseView transition(UUID id, long expectedVersion, TransitionRequest request) {
        ProtectionCase found = forUpdate(id, expectedVersion);
        if (request.to() == CaseStatus.PLAN_DRAFTED || request.to() == CaseStatus.PLAN_APPROVED
                || (found.status == CaseStatus.PLAN_DRAFTED && request.to() == CaseStatus.ASSESSMENT)) {
            // Plans are drafted, approved and rejected (back to ASSESSMENT) through /support-plans only.
            throw ProblemException.invalid(new FieldViolation("to", "USE_SUPPORT_PLANS"));
        }
        CaseWorkflow.require(found.status, request.to(), found.transferFromStatus);
        OffsetDateTime now = OffsetDateTime.now();
        List<CaseStatusChangedEvent.DeadlineOutcome> met = new ArrayList<>();
        Object section = switch (request.to()) {
            case INITIAL_ASSESSMENT -> assessInitially(found, request.initialAssessment(), now, met);
            case EMERGENCY_PROTECTION -> protect(found, request.emergencyProtection(), now, met);
            case ASSESSMENT -> assess(found, request.assessment(), now, met);
            case UNDER_REVIEW -> review(found, request.review());
            case TRANSFERRED -> transfer(found, request.transfer());
            case CLOSED -> close(found, request.reason(), now);
            case REOPENED -> reopen(found, request.reason(), now);
            default -> null;
        };
        Map<String, Object> details = new LinkedHashMap<>();
        if (section != null) {
            details.putAll(json.convertValue(section, Map.class));
        }
        if (request.reason() != null) {
            details.put("reason", request.reason());
        }
        move(found, request.to(), details, met, now);
        return queries.afterChange(found);
    }

    /**
     * Records a status change: history entry, access log, {@code status-changed} event (and {@code closed}) and the
     * in-transaction {@link CaseStatusRecorded} notice. Used by every step, including plan drafting and approval.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(ProtectionCase found, CaseStatus to, Map<String, Object> details,
            List<CaseStatusChangedEvent.DeadlineOutcome> met, OffsetDateTime at) {
        CaseStatus from = found.status;
        if (from == CaseStatus.REOPENED) {
            // The first step after reopening is the new assessment the reopening asked for.
            meet(found.id, DeadlineKind.INITIAL_ASSESSMENT, at, met);
        }
        found.status = to;
        found.touch();
        CaseTransition.record(found.id, TransitionKind.STATUS, from, to, at, access.subject(),
                details.isEmpty() ? null : details);
        access.log(RecordType.CASE, found.id, "TRANSITION", "status");
        Intake intake = Intake.firstOf(found.id);
        LocalDate today = AdminUnitDirectory.today();
        var concerns = intake.concernCategories.stream().sorted().toList();
        String ageBand = found.child.ageBandOn(today);
        outbox.record("case", found.id.toString(), CaseStatusChangedEvent.TYPE, at,
                new CaseStatusChangedEvent(found.id, found.communeCode, found.provinceCode, from.name(), to.name(), at,
                        concerns, found.child.sex.name(), ageBand, name(found.riskLevel), found.emergency,
                        name(found.residualRisk), met));
        nationalSync.caseStatusChanged(found, to, at, concerns.stream().map(Enum::name).toList());
        if (to == CaseStatus.CLOSED) {
            outbox.record("case", found.id.toString(), CaseClosedEvent.TYPE, at,
                    new CaseClosedEvent(found.id, found.communeCode, found.provinceCode, found.openedAt, at, concerns,
                            found.child.sex.name(), ageBand, name(found.residualRisk),
                            count("ServiceDelivery", found.id), count("Referral", found.id)));
        }
        statusRecorded.fire(new CaseStatusRecorded(found.id, from, to, at));
        LOG.infof("case %s moved from %s to %s", found.id, from, to);
    }

    /** Meets a deadline and notes the outcome for the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meet(UUID caseId, DeadlineKind kind, OffsetDateTime at,
            List<CaseStatusChangedEvent.DeadlineOutcome> met) {
        deadlines.meet(caseId, kind, at)
                .ifPresent(d -> met.add(new CaseStatusChangedEvent.DeadlineOutcome(d.kind.name(), d.dueAt,
                        !at.isAfter(d.dueAt))));
    }

    private Object assessInitially(ProtectionCase found, TransitionRequest.InitialAssessment step,
            OffsetDateTime now, List<CaseStatusChangedEvent.DeadlineOutcome> met) {
        required(step, "initialAssessment");
        OffsetDateTime at = step.assessedAt() == null ? now : step.assessedAt();
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalid(new FieldViolation("initialAssessment.assessedAt", "IN_FUTURE"));
        }
        if (at.isBefore(found.openedAt)) {
            throw ProblemException.invalid(new FieldViolation("initialAssessment.assessedAt", "BEFORE_RECEIPT"));
        }
        found.riskLevel = step.riskLevel();
        found.emergency = step.emergency();
        Optional<CaseDeadline> initial = deadlines.open(found.id, DeadlineKind.INITIAL_ASSESSMENT);
        meet(found.id, DeadlineKind.INITIAL_ASSESSMENT, at, met);
        if (step.emergency()) {
            OffsetDateTime due = initial.map(d -> d.dueAt)
                    .orElse(deadlines.initialAssessmentDue(found.provinceCode, found.openedAt));
            deadlines.start(found.id, DeadlineKind.EMERGENCY_DECISION, due);
        }
        deadlines.start(found.id, DeadlineKind.SUPPORT_PLAN, deadlines.supportPlanDue(found.provinceCode, at));
        deadlines.start(found.id, DeadlineKind.PLAN_APPROVAL, deadlines.planApprovalDue(found.provinceCode, at));
        return step;
    }

    private Object protect(ProtectionCase found, TransitionRequest.EmergencyProtection step, OffsetDateTime now,
            List<CaseStatusChangedEvent.DeadlineOutcome> met) {
        required(step, "emergencyProtection");
        List<FieldViolation> violations = new ArrayList<>();
        if (step.decidedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(new FieldViolation("emergencyProtection.decidedAt", "IN_FUTURE"));
        }
        LocalDate decidedOn = step.decidedAt().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
        LocalDate latest = deadlines.latestSeparationEnd(found.provinceCode, step.decidedAt());
        if (step.endsOn().isBefore(decidedOn)) {
            violations.add(new FieldViolation("emergencyProtection.endsOn", "BEFORE_DECISION"));
        } else if (step.endsOn().isAfter(latest)) {
            violations.add(new FieldViolation("emergencyProtection.endsOn", "SEPARATION_TOO_LONG",
                    deadlines.rules(found.provinceCode).separationMaxDays(), latest.toString()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        found.separationEndsOn = step.endsOn();
        meet(found.id, DeadlineKind.EMERGENCY_DECISION, step.decidedAt(), met);
        deadlines.start(found.id, DeadlineKind.SEPARATION_END, DeadlineService.endOfDay(step.endsOn()));
        return step;
    }

    private Object assess(ProtectionCase found, TransitionRequest.SpecificAssessment step, OffsetDateTime now,
            List<CaseStatusChangedEvent.DeadlineOutcome> met) {
        required(step, "assessment");
        if (step.needsMeetingOn().isAfter(AdminUnitDirectory.today())) {
            throw ProblemException.invalid(new FieldViolation("assessment.needsMeetingOn", "IN_FUTURE"));
        }
        endSeparation(found, now, met);
        return step;
    }

    /** Leaving emergency protection ends the measure: its end-date deadline is met. */
    private void endSeparation(ProtectionCase found, OffsetDateTime now,
            List<CaseStatusChangedEvent.DeadlineOutcome> met) {
        if (found.status == CaseStatus.EMERGENCY_PROTECTION) {
            meet(found.id, DeadlineKind.SEPARATION_END, now, met);
            found.separationEndsOn = null;
        }
    }

    private Object review(ProtectionCase found, TransitionRequest.Review step) {
        required(step, "review");
        found.residualRisk = step.residualRisk();
        return step;
    }

    private Object transfer(ProtectionCase found, TransitionRequest.Transfer step) {
        required(step, "transfer");
        String code = step.toCommuneCode();
        Optional<AdminUnit> target = units.current(code).filter(u -> u.level() == AdminUnit.Level.COMMUNE);
        if (target.isEmpty()) {
            throw ProblemException.invalid(new FieldViolation("transfer.toCommuneCode",
                    units.everExisted(code) ? "RETIRED_UNIT" : "UNKNOWN_UNIT", code));
        }
        if (code.equals(found.communeCode)) {
            throw ProblemException.invalid(new FieldViolation("transfer.toCommuneCode", "SAME_COMMUNE"));
        }
        found.transferFromStatus = found.status;
        found.transferToCommuneCode = code;
        return step;
    }

    private Object close(ProtectionCase found, String reason, OffsetDateTime now) {
        access.requireApprover();
        if (!access.covers(found.communeCode)) {
            // Closure is decided by the commune handling the case (or a unit above it).
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), found.communeCode);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(new FieldViolation("reason", "REQUIRED"));
        }
        found.closedAt = now;
        deadlines.cancelAll(found.id, now);
        return null;
    }

    private Object reopen(ProtectionCase found, String reason, OffsetDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(new FieldViolation("reason", "REQUIRED"));
        }
        found.closedAt = null;
        found.residualRisk = null;
        deadlines.start(found.id, DeadlineKind.INITIAL_ASSESSMENT,
                deadlines.initialAssessmentDue(found.provinceCode, now));
        return null;
    }

    /** The receiving commune accepts the transferred case (it becomes theirs) or declines it. */
    @Transactional
    public CaseView decideTransfer(UUID id, long expectedVersion, TransferDecisionRequest decision) {
        ProtectionCase found = forUpdate(id, expectedVersion);
        if (found.status != CaseStatus.TRANSFERRED) {
            throw ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                    found.status.name(), "TRANSFER_DECISION")
                    .withAllowed(CaseWorkflow.next(found.status, found.transferFromStatus).stream()
                            .map(Enum::name).toList());
        }
        if (!access.covers(found.transferToCommuneCode)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), found.transferToCommuneCode);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accept", decision.accept());
        details.put("toCommuneCode", found.transferToCommuneCode);
        details.put("fromCommuneCode", found.communeCode);
        if (decision.reason() != null) {
            details.put("reason", decision.reason());
        }
        if (decision.accept()) {
            AdminUnit target = units.current(found.transferToCommuneCode).orElseThrow();
            found.communeCode = target.code();
            found.provinceCode = target.parentCode();
            found.child.residenceCommuneCode = target.code();
            found.child.updatedAt = OffsetDateTime.now();
            access.log(RecordType.CHILD, found.child.id, "UPDATE", "residenceCommuneCode");
            outbox.record("child", found.child.id.toString(), ChildRecordEvent.UPDATED, found.child.updatedAt,
                    children.event(found.child, found.child.updatedAt));
            nationalSync.childChanged(found.child);
        }
        CaseStatus back = found.transferFromStatus;
        found.transferFromStatus = null;
        found.transferToCommuneCode = null;
        move(found, back, details, List.of(), OffsetDateTime.now());
        return queries.afterChange(found);
    }

    /** Extends an emergency protection or separation (Art. 32): moves its end and its deadline. */
    @Transactional
    public CaseView extend(UUID id, long expectedVersion, ExtensionRequest extension) {
        ProtectionCase found = forUpdate(id, expectedVersion);
        if (found.status != CaseStatus.EMERGENCY_PROTECTION) {
            throw ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                    found.status.name(), "EXTENSION")
                    .withAllowed(CaseWorkflow.next(found.status, found.transferFromStatus).stream()
                            .map(Enum::name).toList());
        }
        if (!extension.newEndsOn().isAfter(found.separationEndsOn)) {
            throw ProblemException.invalid(new FieldViolation("newEndsOn", "NOT_LATER", found.separationEndsOn));
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previousEndsOn", found.separationEndsOn.toString());
        details.put("newEndsOn", extension.newEndsOn().toString());
        details.put("reason", extension.reason());
        details.put("decidedBy", extension.decidedBy());
        found.separationEndsOn = extension.newEndsOn();
        deadlines.open(found.id, DeadlineKind.SEPARATION_END).ifPresent(d -> {
            d.dueAt = DeadlineService.endOfDay(extension.newEndsOn());
            d.missedAt = null;
        });
        found.touch();
        CaseTransition.record(found.id, TransitionKind.EXTENSION, found.status, found.status, now,
                access.subject(), details);
        access.log(RecordType.CASE, found.id, "UPDATE", "separationEndsOn");
        return queries.afterChange(found);
    }

    /** Assigns a worker. Like other additions to a case, it does not change the case's version (docs/adr/0010). */
    @Transactional
    public CaseView assign(UUID id, String worker) {
        access.requireApprover();
        ProtectionCase found = access.visibleCaseForUpdate(id);
        CaseAssignment.assign(found.id, worker, access.subject());
        access.log(RecordType.CASE, found.id, "ASSIGN", "assignedWorkers");
        return queries.afterChange(found);
    }

    @Transactional
    public CaseView unassign(UUID id, String worker) {
        access.requireApprover();
        ProtectionCase found = access.visibleCaseForUpdate(id);
        CaseAssignment.delete("caseId = ?1 and subject = ?2", found.id, worker);
        access.log(RecordType.CASE, found.id, "UNASSIGN", "assignedWorkers");
        return queries.afterChange(found);
    }

    private static long count(String entity, UUID caseId) {
        return ProtectionCase.getEntityManager()
                .createQuery("select count(x) from " + entity + " x where x.caseId = :id", Long.class)
                .setParameter("id", caseId).getSingleResult();
    }

    private static void required(Object section, String name) {
        if (section == null) {
            throw ProblemException.invalid(new FieldViolation(name, "REQUIRED"));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
