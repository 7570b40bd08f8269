package vn.treem.cases.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Starts, meets and cancels the time limits of cases. Due times follow the province's {@link DeadlineRules}; working
 * days skip weekends and Vietnamese public holidays ({@link WorkingCalendar}); a limit in days ends at the end of its
 * last day, Vietnam time.
 */
@ApplicationScoped
public class DeadlineService {

    @Inject
    DeadlineRulesConfig config;

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Inject
    AdminUnitDirectory units;

    /** The rules of a province of the current hierarchy; 404 for any other code. */
    public DeadlineRules rulesOf(String provinceCode) {
        if (units.current(provinceCode).filter(u -> u.level() == AdminUnit.Level.PROVINCE).isEmpty()) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return rules(provinceCode);
    }

    public DeadlineRules rules(String provinceCode) {
        return DeadlineRules.of(provinceCode, config);
    }

    public OffsetDateTime initialAssessmentDue(String provinceCode, OffsetDateTime receivedAt) {
        return receivedAt.plus(rules(provinceCode).initialAssessment());
    }

    public OffsetDateTime supportPlanDue(String provinceCode, OffsetDateTime assessedAt) {
        return endOfWorkingDays(assessedAt, rules(provinceCode).supportPlanWorkingDays());
    }

    public OffsetDateTime planApprovalDue(String provinceCode, OffsetDateTime assessedAt) {
        return endOfWorkingDays(assessedAt, rules(provinceCode).planApprovalWorkingDays());
    }

    /** The latest allowed last day of a separation decided at {@code decidedAt}. */
    public LocalDate latestSeparationEnd(String provinceCode, OffsetDateTime decidedAt) {
        return localDate(decidedAt).plusDays(rules(provinceCode).separationMaxDays());
    }

    public static OffsetDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(AdminUnitDirectory.BUSINESS_ZONE).toOffsetDateTime();
    }

    private OffsetDateTime endOfWorkingDays(OffsetDateTime from, int workingDays) {
        return endOfDay(calendar.plusWorkingDays(localDate(from), workingDays));
    }

    private static LocalDate localDate(OffsetDateTime time) {
        return time.atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline start(UUID caseId, DeadlineKind kind, OffsetDateTime dueAt) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.id = UUID.randomUUID();
        deadline.caseId = caseId;
        deadline.kind = kind;
        deadline.dueAt = dueAt;
        deadline.persist();
        return deadline;
    }

    /** Meets the open deadline of {@code kind}, if any; the result tells whether it was met in time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseDeadline> meet(UUID caseId, DeadlineKind kind, OffsetDateTime at) {
        Optional<CaseDeadline> open = open(caseId, kind);
        open.ifPresent(deadline -> deadline.metAt = at);
        return open;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseDeadline> open(UUID caseId, DeadlineKind kind) {
        return CaseDeadline.<CaseDeadline>find("caseId = ?1 and kind = ?2 and metAt is null and cancelledAt is null",
                caseId, kind).firstResultOptional();
    }

    /** Cancels every open deadline of a case (it was closed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelAll(UUID caseId, OffsetDateTime at) {
        List<CaseDeadline> open = CaseDeadline.list("caseId = ?1 and metAt is null and cancelledAt is null", caseId);
        open.forEach(deadline -> deadline.cancelledAt = at);
    }
}
