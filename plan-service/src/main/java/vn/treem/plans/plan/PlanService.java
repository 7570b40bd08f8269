package vn.treem.plans.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
 * Registering an issued plan: checks it against the hierarchy in force on its issue date, the caller's jurisdiction and
 * the numbering of the issuing unit, stores it and announces it. Nothing is stored or published unless every check
 * passes.
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
        Optional<AdminUnit> unit = issuingUnit(request, violations);
        if (request.issueDate().isAfter(AdminUnitDirectory.today())) {
            violations.add(new FieldViolation("issueDate", "IN_FUTURE"));
        }
        if (request.periodFromYear() > request.periodToYear()) {
            violations.add(new FieldViolation("periodToYear", "PERIOD_ENDS_BEFORE_START", request.periodFromYear()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        AdminUnit issuer = unit.orElseThrow();
        jurisdiction.require(issuer.code(), request.issueDate());
        String number = request.number() == null || request.number().isBlank() ? null : request.number().strip();
        if (number != null && Plan.numberTaken(number, issuer.code(), request.issueDate().getYear())) {
            throw ProblemException.of(ProblemType.CONFLICT, "plan.number-taken", number, issuer.code(),
                    String.valueOf(request.issueDate().getYear()));
        }

        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.number = number;
        plan.title = request.title().strip();
        plan.issuingUnitCode = issuer.code();
        plan.issueDate = request.issueDate();
        plan.periodFromYear = request.periodFromYear();
        plan.periodToYear = request.periodToYear();
        plan.type = request.type() != null
                ? request.type()
                : request.periodFromYear().equals(request.periodToYear()) ? PlanType.ANNUAL : PlanType.MULTI_YEAR;
        plan.status = PlanStatus.ISSUED;
        plan.createdBy = caller.subject();
        plan.createdAt = OffsetDateTime.now();
        plan.persist();

        outbox.record("plan", plan.id.toString(), PlanIssuedEvent.TYPE, startOfDay(plan.issueDate),
                new PlanIssuedEvent(plan.id, issuer.code(), issuer.level().name(), plan.issueDate, plan.periodFromYear,
                        plan.periodToYear, plan.type, plan.status));
        LOG.infof("plan %s issued by unit %s on %s", plan.id, issuer.code(), plan.issueDate);
        return PlanView.of(plan);
    }

    private Optional<AdminUnit> issuingUnit(PlanRequest request, List<FieldViolation> violations) {
        Optional<AdminUnit> unit = units.find(request.issuingUnitCode(), request.issueDate());
        if (unit.isEmpty()) {
            violations.add(units.everExisted(request.issuingUnitCode())
                    ? new FieldViolation("issuingUnitCode", "UNIT_NOT_VALID_AT_DATE", request.issuingUnitCode(),
                            request.issueDate().toString())
                    : new FieldViolation("issuingUnitCode", "UNKNOWN_UNIT", request.issuingUnitCode()));
        }
        return unit;
    }

    private static OffsetDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE).toOffsetDateTime();
    }
}
