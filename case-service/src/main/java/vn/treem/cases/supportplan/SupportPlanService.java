package vn.treem.cases.supportplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.CaseWorkflow;
import vn.treem.cases.casework.CaseWorkflowService;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.deadline.DeadlineKind;
import vn.treem.cases.events.CaseStatusChangedEvent;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Support and intervention plans (Art. 28): drafting one moves the case to PLAN_DRAFTED and meets the 5-working-day
 * deadline; an approver who is not the plan's author approves it (PLAN_APPROVED) or rejects it (back to ASSESSMENT).
 */
@ApplicationScoped
public class SupportPlanService {

    @Inject
    RecordAccess access;

    @Inject
    CaseWorkflowService workflow;

    @Transactional
    public List<SupportPlanView> list(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "supportPlans");
        return SupportPlan.<SupportPlan>list("caseId = ?1 order by draftedAt", found.id).stream()
                .map(plan -> SupportPlanView.of(plan, null)).toList();
    }

    @Transactional
    public SupportPlanView draft(UUID caseId, long expectedVersion, SupportPlanRequest request) {
        ProtectionCase found = workflow.forUpdate(caseId, expectedVersion);
        CaseWorkflow.require(found.status, CaseStatus.PLAN_DRAFTED, found.transferFromStatus);
        LocalDate today = AdminUnitDirectory.today();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            if (request.measures().get(i).dueDate().isBefore(today)) {
                violations.add(new FieldViolation("measures[" + i + "].dueDate", "IN_PAST"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = OffsetDateTime.now();
        SupportPlan plan = new SupportPlan();
        plan.id = UUID.randomUUID();
        plan.caseId = found.id;
        plan.status = PlanStatus.DRAFT;
        plan.goals = List.copyOf(request.goals());
        plan.measures = List.copyOf(request.measures());
        plan.author = access.subject();
        plan.draftedAt = now;
        plan.persist();
        List<CaseStatusChangedEvent.DeadlineOutcome> met = new ArrayList<>();
        workflow.meet(found.id, DeadlineKind.SUPPORT_PLAN, now, met);
        workflow.move(found, CaseStatus.PLAN_DRAFTED, Map.of("planId", plan.id.toString()), met, now);
        access.log(RecordType.CASE, found.id, "CREATE", "supportPlans");
        SupportPlan.flush();
        return SupportPlanView.of(plan, found.version);
    }

    @Transactional
    public SupportPlanView decide(UUID caseId, UUID planId, long expectedVersion, PlanDecisionRequest decision) {
        access.requireApprover();
        ProtectionCase found = workflow.forUpdate(caseId, expectedVersion);
        if (!access.covers(found.communeCode)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), found.communeCode);
        }
        SupportPlan plan = SupportPlan.findById(planId);
        if (plan == null || !plan.caseId.equals(found.id)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.PLAN_ALREADY_DECIDED", plan.status.name());
        }
        if (plan.author.equals(access.subject())) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "detail.SELF_APPROVAL");
        }
        boolean approve = decision.approve();
        if (!approve && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.invalid(new FieldViolation("reason", "REQUIRED"));
        }
        CaseStatus to = approve ? CaseStatus.PLAN_APPROVED : CaseStatus.ASSESSMENT;
        CaseWorkflow.require(found.status, to, found.transferFromStatus);
        OffsetDateTime now = OffsetDateTime.now();
        plan.status = approve ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        plan.decidedBy = access.subject();
        plan.decidedAt = decision.decidedOn() == null
                ? now
                : decision.decidedOn().atTime(now.toLocalTime()).atZone(AdminUnitDirectory.BUSINESS_ZONE)
                        .toOffsetDateTime();
        plan.decisionNumber = decision.decisionNumber();
        plan.decisionReason = decision.reason();
        List<CaseStatusChangedEvent.DeadlineOutcome> met = new ArrayList<>();
        if (approve) {
            workflow.meet(found.id, DeadlineKind.PLAN_APPROVAL, now, met);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("planId", plan.id.toString());
        details.put("approve", approve);
        if (decision.decisionNumber() != null) {
            details.put("decisionNumber", decision.decisionNumber());
        }
        if (decision.reason() != null) {
            details.put("reason", decision.reason());
        }
        workflow.move(found, to, details, met, now);
        access.log(RecordType.CASE, found.id, "DECIDE", "supportPlans");
        SupportPlan.flush();
        return SupportPlanView.of(plan, found.version);
    }
}
