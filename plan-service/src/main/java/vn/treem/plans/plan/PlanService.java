package vn.treem.plans.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;

/**
 * Registering an issued plan: checks it against the hierarchy in force on its issue date, the caller's jurisdiction on
 * that date and the numbering of the issuing unit, stores it and announces it. Nothing is stored or published unless
 * every check passes.
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    PlanContents contents;

    @Inject
    PlanQueries queries;

    @Transactional(Transactional.TxType.MANDATORY)
    public PlanView issue(PlanRequest request) {
        boolean draft = request.status() == PlanStatus.DRAFT;
        if (request.status() != null && !draft && request.status() != PlanStatus.ISSUED) {
            throw ProblemException.invalid(new FieldViolation("status", "DRAFT_OR_ISSUED"));
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<AdminUnit> unit = issuingUnit(request.issuingUnitCode(), request.issueDate(), violations);
        checkParent(request.parentPlanId(), violations);
        if (!draft && request.issueDate().isAfter(AdminUnitDirectory.today())) {
            violations.add(new FieldViolation("issueDate", "IN_FUTURE"));
        }
        boolean fromInRange = checkYear("periodFromYear", request.periodFromYear(), violations);
        boolean toInRange = checkYear("periodToYear", request.periodToYear(), violations);
        if (fromInRange && toInRange && request.periodFromYear() > request.periodToYear()) {
            violations.add(new FieldViolation("periodToYear", "PERIOD_ENDS_BEFORE_START",
                    String.valueOf(request.periodFromYear())));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        AdminUnit issuer = unit.orElseThrow();
        jurisdiction.require(issuer.code(), request.issueDate());
        String number = PlanNumber.normalize(request.number());
        int year = request.issueDate().getYear();
        Plan plan = Plan.issued(number, request.title().strip(), issuer.code(), request.issueDate(),
                request.periodFromYear(), request.periodToYear(), typeOf(request), caller.subject());
        plan.parentPlanId = request.parentPlanId();
        plan.content = contents.normalize(request.content(), issuer.code());
        if (draft) {
            plan.status = PlanStatus.DRAFT;
            plan.issuedAt = null;
            plan.persistAndFlush();
            LOG.infof("plan %s drafted for unit %s", plan.id, issuer.code());
            return PlanView.of(plan);
        }
        if (number != null && Plan.numberTaken(number, issuer.code(), year, plan.seriesId)) {
            throw numberTaken(number, issuer.code(), year);
        }
        try {
            plan.persistAndFlush();
        } catch (PersistenceException e) {
            if (number != null && violates(e, Plan.NUMBER_PER_UNIT_AND_YEAR)) {
                // Another request registered the same number between our check and our insert.
                throw numberTaken(number, issuer.code(), year);
            }
            throw e;
        }

        outbox.record("plan", plan.id.toString(), PlanIssuedEvent.TYPE, startOfDay(plan.issueDate),
                PlanIssuedEvent.of(plan, issuer.level().name()));
        // Ids and codes only: a title is free text.
        LOG.infof("plan %s issued by unit %s on %s", plan.id, issuer.code(), plan.issueDate);
        return PlanView.of(plan);
    }

    /** The unit {@code code} names on {@code date}: a 2022 plan of a province merged in 2025 keeps its old code. */
    private Optional<AdminUnit> issuingUnit(String code, LocalDate date, List<FieldViolation> violations) {
        Optional<AdminUnit> unit = units.find(code, date);
        if (unit.isEmpty()) {
            violations.add(units.everExisted(code)
                    ? new FieldViolation("issuingUnitCode", "UNIT_NOT_VALID_AT_DATE", code, date.toString())
                    : new FieldViolation("issuingUnitCode", "UNKNOWN_UNIT", code));
        }
        return unit;
    }

    private static boolean checkYear(String field, int year, List<FieldViolation> violations) {
        if (year < PlanRequest.FIRST_YEAR || year > PlanRequest.LAST_YEAR) {
            // Years as text: MessageFormat would print 2000 as "2.000" in Vietnamese.
            violations.add(new FieldViolation(field, "OUT_OF_RANGE", String.valueOf(PlanRequest.FIRST_YEAR),
                    String.valueOf(PlanRequest.LAST_YEAR)));
            return false;
        }
        return true;
    }

    private static PlanType typeOf(PlanRequest request) {
        if (request.type() != null) {
            return request.type();
        }
        return request.periodFromYear().equals(request.periodToYear()) ? PlanType.ANNUAL : PlanType.MULTI_YEAR;
    }

    private static ProblemException numberTaken(String number, String unitCode, int year) {
        return ProblemException.of(ProblemType.CONFLICT, "plan.number-taken", number, unitCode, String.valueOf(year));
    }

    private static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE).toOffsetDateTime();
    }

    private void checkParent(UUID parentPlanId, List<FieldViolation> violations) {
        if (parentPlanId != null && Plan.findById(parentPlanId) == null) {
            violations.add(new FieldViolation("parentPlanId", "UNKNOWN_PLAN"));
        }
    }

    /** The plan for a change: visible, in the caller's jurisdiction, locked, at the version the client saw. */
    private Plan forChange(UUID id, long expectedVersion) {
        Plan plan = Plan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !queries.visible(plan)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        jurisdiction.require(plan.issuingUnitCode, plan.issueDate);
        IfMatch.check(expectedVersion, plan.version);
        return plan;
    }

    private static ProblemException wrongStatus(Plan plan, String step, PlanStatus... allowed) {
        return ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                plan.status.name(), step).withAllowed(java.util.Arrays.stream(allowed).map(Enum::name).toList());
    }

    /** Replaces a draft's fields and content. An issued plan is immutable: amend it instead (409). */
    @Transactional
    public PlanView updateDraft(UUID id, long expectedVersion, PlanRequest request) {
        Plan plan = forChange(id, expectedVersion);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.of(ProblemType.CONFLICT, "plan.immutable", plan.status.name());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<AdminUnit> unit = issuingUnit(request.issuingUnitCode(), request.issueDate(), violations);
        checkParent(request.parentPlanId(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        jurisdiction.require(unit.orElseThrow().code(), request.issueDate());
        apply(plan, request, unit.orElseThrow().code());
        Plan.flush();
        return PlanView.of(plan);
    }

    private void apply(Plan plan, PlanRequest request, String unitCode) {
        plan.number = PlanNumber.normalize(request.number());
        plan.title = request.title().strip();
        plan.issuingUnitCode = unitCode;
        plan.issueDate = request.issueDate();
        plan.periodFromYear = request.periodFromYear();
        plan.periodToYear = request.periodToYear();
        plan.type = typeOf(request);
        plan.parentPlanId = request.parentPlanId();
        plan.content = contents.normalize(request.content(), unitCode);
        plan.updatedAt = OffsetDateTime.now();
    }

    /** Issues a draft: it gets its number and date, becomes immutable and is announced with its schedule. */
    @Transactional
    public PlanView issueDraft(UUID id, long expectedVersion, IssueRequest request) {
        Plan plan = forChange(id, expectedVersion);
        if (plan.status != PlanStatus.DRAFT) {
            throw wrongStatus(plan, "ISSUED", PlanStatus.DRAFT);
        }
        String number = PlanNumber.normalize(request.number() != null ? request.number() : plan.number);
        LocalDate date = request.issueDate() != null ? request.issueDate() : plan.issueDate;
        List<FieldViolation> violations = new ArrayList<>();
        if (number == null) {
            violations.add(new FieldViolation("number", "REQUIRED"));
        }
        if (date.isAfter(AdminUnitDirectory.today())) {
            violations.add(new FieldViolation("issueDate", "IN_FUTURE"));
        }
        Optional<AdminUnit> unit = issuingUnit(plan.issuingUnitCode, date, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (Plan.numberTaken(number, plan.issuingUnitCode, date.getYear(), plan.seriesId)) {
            throw numberTaken(number, plan.issuingUnitCode, date.getYear());
        }
        plan.number = number;
        plan.issueDate = date;
        plan.status = PlanStatus.ISSUED;
        plan.issuedAt = OffsetDateTime.now();
        plan.updatedAt = plan.issuedAt;
        Plan.flush();
        outbox.record("plan", plan.id.toString(), PlanIssuedEvent.TYPE, startOfDay(plan.issueDate),
                PlanIssuedEvent.of(plan, unit.orElseThrow().level().name()));
        LOG.infof("plan %s issued by unit %s on %s", plan.id, plan.issuingUnitCode, plan.issueDate);
        return PlanView.of(plan);
    }

    /**
     * Amends an issued plan: the new text becomes the next version (ISSUED) and the amended one SUPERSEDED. Both stay
     * readable; {@link #changes} lists the differences.
     */
    @Transactional
    public PlanView amend(UUID id, long expectedVersion, PlanRequest request) {
        Plan current = forChange(id, expectedVersion);
        if (current.status != PlanStatus.ISSUED) {
            throw wrongStatus(current, "AMENDED", PlanStatus.ISSUED);
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<AdminUnit> unit = issuingUnit(request.issuingUnitCode(), request.issueDate(), violations);
        if (request.issueDate().isAfter(AdminUnitDirectory.today())) {
            violations.add(new FieldViolation("issueDate", "IN_FUTURE"));
        }
        if (!request.issuingUnitCode().equals(current.issuingUnitCode)) {
            violations.add(new FieldViolation("issuingUnitCode", "SAME_ISSUER_REQUIRED", current.issuingUnitCode));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        current.status = PlanStatus.SUPERSEDED;
        current.updatedAt = OffsetDateTime.now();
        Plan.flush();
        Plan next = Plan.issued(null, request.title(), current.issuingUnitCode, request.issueDate(),
                request.periodFromYear(), request.periodToYear(), typeOf(request), caller.subject());
        apply(next, request, current.issuingUnitCode);
        if (next.number == null) {
            next.number = current.number;
        }
        next.seriesId = current.seriesId;
        next.versionNumber = current.versionNumber + 1;
        next.supersedesId = current.id;
        next.content = contents.keepAssignmentIds(current.content, next.content);
        next.persistAndFlush();
        outbox.record("plan", next.id.toString(), PlanIssuedEvent.AMENDED, startOfDay(next.issueDate),
                PlanIssuedEvent.of(next, unit.orElseThrow().level().name()));
        LOG.infof("plan %s amended by %s (version %d)", current.id, next.id, next.versionNumber);
        return PlanView.of(next);
    }

    @Transactional
    public PlanView close(UUID id, long expectedVersion) {
        Plan plan = forChange(id, expectedVersion);
        if (plan.status != PlanStatus.ISSUED) {
            throw wrongStatus(plan, "CLOSED", PlanStatus.ISSUED);
        }
        plan.status = PlanStatus.CLOSED;
        plan.closedAt = OffsetDateTime.now();
        plan.updatedAt = plan.closedAt;
        Plan.flush();
        outbox.record("plan", plan.id.toString(), PlanClosedEvent.TYPE, plan.closedAt,
                new PlanClosedEvent(plan.id, plan.seriesId, plan.issuingUnitCode, plan.closedAt));
        return PlanView.of(plan);
    }

    /**
     * Cascade: a draft plan for a lower unit implementing an issued one, with its objectives, indicators, targets and
     * tasks copied and the parent as its first legal basis. Assignments are not copied: agencies differ per unit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlanView derive(UUID parentId, DeriveRequest request) {
        Plan parent = Plan.findById(parentId);
        if (parent == null || !queries.visible(parent)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        if (parent.status != PlanStatus.ISSUED) {
            throw wrongStatus(parent, "DERIVE", PlanStatus.ISSUED);
        }
        LocalDate date = request.issueDate() != null ? request.issueDate() : AdminUnitDirectory.today();
        Optional<AdminUnit> unit = units.find(request.unitCode(), date);
        if (unit.isEmpty() || unit.get().code().equals(parent.issuingUnitCode)
                || !units.isWithin(unit.get().code(), parent.issuingUnitCode, date)) {
            throw ProblemException.invalid(new FieldViolation("unitCode", "NOT_A_LOWER_UNIT", request.unitCode()));
        }
        jurisdiction.require(unit.get().code(), date);
        Plan draft = Plan.issued(null, parent.title, unit.get().code(), date,
                Math.max(parent.periodFromYear, date.getYear()), Math.max(parent.periodToYear, date.getYear()),
                PlanType.IMPLEMENTATION, caller.subject());
        draft.status = PlanStatus.DRAFT;
        draft.issuedAt = null;
        draft.parentPlanId = parent.id;
        draft.content = contents.derived(parent);
        draft.persistAndFlush();
        return PlanView.of(draft);
    }

    /** The lower units of the plan's issuer (today's hierarchy) and whether each has a plan implementing it. */
    @Transactional
    public List<LowerUnitPlan> lowerUnits(UUID parentId) {
        Plan parent = Plan.findById(parentId);
        if (parent == null || !queries.visible(parent)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        List<Plan> children = Plan.list("parentPlanId in ?1 and status <> ?2",
                Plan.<Plan>list("seriesId", parent.seriesId).stream().map(p -> p.id).toList(),
                PlanStatus.SUPERSEDED);
        java.util.Map<String, Plan> byUnit = new java.util.HashMap<>();
        for (Plan child : children) {
            byUnit.merge(child.issuingUnitCode, child,
                    (a, b) -> rank(a.status) >= rank(b.status) ? a : b);
        }
        LocalDate today = AdminUnitDirectory.today();
        return units.units(today).stream().filter(u -> parent.issuingUnitCode.equals(u.parentCode()))
                .sorted(java.util.Comparator.comparing(AdminUnit::code))
                .map(u -> {
                    Plan child = byUnit.get(u.code());
                    return new LowerUnitPlan(u.code(), u.name(), child == null ? "NONE" : child.status.name(),
                            child == null ? null : child.id);
                }).toList();
    }

    private static int rank(PlanStatus status) {
        return switch (status) {
            case ISSUED -> 3;
            case CLOSED -> 2;
            case DRAFT -> 1;
            default -> 0;
        };
    }

    /** The differences between a version and another version of the same plan, as JSON pointers. */
    @Transactional
    public List<PlanChange> changes(UUID id, UUID otherId) {
        Plan plan = Plan.findById(id);
        if (plan == null || !queries.visible(plan)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        Plan other = otherId == null
                ? (plan.supersedesId == null ? null : Plan.findById(plan.supersedesId))
                : Plan.findById(otherId);
        if (other == null || !other.seriesId.equals(plan.seriesId)) {
            throw ProblemException.invalid(new FieldViolation("from", "NOT_A_VERSION_OF_THIS_PLAN"));
        }
        return contents.diff(PlanView.of(other), PlanView.of(plan));
    }

    @Transactional
    public List<PlanView> versions(UUID id) {
        Plan plan = Plan.findById(id);
        if (plan == null || !queries.visible(plan)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return Plan.<Plan>list("seriesId = ?1 order by versionNumber", plan.seriesId).stream().map(PlanView::of)
                .toList();
    }
}
