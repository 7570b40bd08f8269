package vn.treem.cases.intake;

import java.time.Duration;
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

import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.child.AgeBand;
import vn.treem.cases.child.Child;
import vn.treem.cases.child.PersonalIdNumber;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.adminunits.AdminUnitLoader;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;

/**
 * Receiving a report of concern (Decree 56/2017 Art. 25): checks it, opens a case in status RECEIVED for the child and
 * announces it. Nothing is stored or published unless every check passes.
 */
@ApplicationScoped
public class IntakeService {

    /** Clocks of phones in the field drift; a receipt time this far ahead of ours is still accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeReceipt receive(IntakeRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<AdminUnit> commune = commune(request.communeCode(), violations);
        LocalDate receivedOn = request.receivedAt().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
        if (request.receivedAt().isAfter(OffsetDateTime.now().plus(CLOCK_TOLERANCE))) {
            violations.add(new FieldViolation("receivedAt", "IN_FUTURE"));
        }
        checkChild(request.child(), receivedOn, violations);
        checkPersonalId(request.child(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        AdminUnit where = commune.orElseThrow();
        jurisdiction.requireToday(where.code());

        var details = request.child();
        Child child = Child.of(details.fullName(), details.sex(), details.birthDate(), details.estimatedAge(),
                receivedOn);
        child.personalIdNumber = details.personalIdNumber();
        child.persist();
        ProtectionCase opened = ProtectionCase.open(child, where.code(), where.parentCode(), request.receivedAt(),
                caller.subject());
        opened.persist();
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.caseId = opened.id;
        intake.channel = request.channel();
        intake.communeCode = where.code();
        intake.receivedAt = request.receivedAt();
        intake.concernCategories.addAll(request.concernCategories());
        intake.recordedBy = caller.subject();
        intake.recordedAt = OffsetDateTime.now();
        intake.persist();

        outbox.record("case", opened.id.toString(), CaseOpenedEvent.TYPE, request.receivedAt(),
                new CaseOpenedEvent(opened.id, intake.id, where.code(), where.parentCode(), request.channel(),
                        request.receivedAt(), intake.concernCategories.stream().sorted().toList(),
                        child.sex.name(), AgeBand.of(child.ageOn(receivedOn)).name(), opened.status.name()));
        // Ids and codes only: never the child's name or details in a log line.
        LOG.infof("case %s opened in commune %s from channel %s", opened.id, where.code(), request.channel());
        return new IntakeReceipt(opened.id, intake.id, opened.status);
    }

    private Optional<AdminUnit> commune(String code, List<FieldViolation> violations) {
        Optional<AdminUnit> unit = units.current(code);
        if (unit.isPresent() && unit.get().level() == AdminUnit.Level.COMMUNE) {
            return unit;
        }
        if (unit.isPresent()) {
            violations.add(new FieldViolation("communeCode", "NOT_A_COMMUNE", code));
        } else if (units.everExisted(code)) {
            violations.add(new FieldViolation("communeCode", "RETIRED_UNIT", code));
        } else {
            violations.add(new FieldViolation("communeCode", "UNKNOWN_UNIT", code));
        }
        return Optional.empty();
    }

    private void checkPersonalId(IntakeRequest.ChildDetails child, List<FieldViolation> violations) {
        if (child.personalIdNumber() == null || !child.personalIdNumber().matches("\\d{12}")) {
            return; // absent, or already reported by bean validation
        }
        PersonalIdNumber.check(child.personalIdNumber(), child.sex(), child.birthDate(), this::isProvinceCode)
                .forEach(problem -> violations.add(new FieldViolation("child.personalIdNumber", problem.name())));
    }

    /** Birth registrations use the province codes of the time: a code of either hierarchy. */
    private boolean isProvinceCode(String code) {
        return units.find(code, AdminUnitLoader.BEFORE_REFORM.validTo())
                .or(() -> units.current(code))
                .filter(unit -> unit.level() == AdminUnit.Level.PROVINCE).isPresent();
    }

    private static void checkChild(IntakeRequest.ChildDetails child, LocalDate receivedOn,
            List<FieldViolation> violations) {
        if (child.birthDate() == null && child.estimatedAge() == null) {
            violations.add(new FieldViolation("child.birthDate", "BIRTH_DATE_OR_AGE_REQUIRED"));
            return;
        }
        if (child.birthDate() != null) {
            if (child.birthDate().isAfter(receivedOn)) {
                violations.add(new FieldViolation("child.birthDate", "IN_FUTURE"));
            } else if (AgeBand.ageOn(child.birthDate(), receivedOn) >= AgeBand.CHILD_AGE_LIMIT) {
                violations.add(new FieldViolation("child.birthDate", "NOT_A_CHILD", AgeBand.CHILD_AGE_LIMIT));
            }
        }
    }
}
