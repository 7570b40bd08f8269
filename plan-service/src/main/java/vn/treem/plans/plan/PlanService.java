package vn.treem.plans.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public PlanView issue(PlanRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<AdminUnit> unit = issuingUnit(request.issuingUnitCode(), request.issueDate(), violations);
        if (request.issueDate().isAfter(AdminUnitDirectory.today())) {
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
        if (number != null && Plan.numberTaken(number, issuer.code(), year)) {
            throw numberTaken(number, issuer.code(), year);
        }

        Plan plan = Plan.issued(number, request.title().strip(), issuer.code(), request.issueDate(),
                request.periodFromYear(), request.periodToYear(), typeOf(request), caller.subject());
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
                new PlanIssuedEvent(plan.id, issuer.code(), issuer.level().name(), plan.issueDate, plan.periodFromYear,
                        plan.periodToYear, plan.type, plan.status));
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
}
