package vn.treem.cases.casework;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Parameters;
import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.deadline.CaseDeadline;
import vn.treem.cases.intake.Intake;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;

/**
 * Reading cases. A case out of the caller's reach answers 404, like a case that does not exist, so that its existence
 * is not disclosed (docs/adr/0009). Every read is written to the access log.
 */
@ApplicationScoped
public class CaseQueries {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @Inject
    RecordAccess access;

    @Inject
    AdminUnitDirectory units;

    /** Changes younger than this are left for the next sync, so that a slow transaction is never skipped. */
    @ConfigProperty(name = "treem.sync.settle", defaultValue = "PT2S")
    Duration settle;

    @Transactional
    public CaseView read(UUID id) {
        ProtectionCase found = access.visibleCase(id);
        boolean team = access.isCaseTeam(found);
        if (team) {
            access.log(RecordType.CASE, found.id, "READ", "case", "child", "intake", "informant");
        } else {
            access.log(RecordType.CASE, found.id, "READ", "case", "child", "intake");
        }
        return view(found, team);
    }

    @Transactional
    public List<TransitionView> history(UUID id) {
        ProtectionCase found = access.visibleCase(id);
        access.log(RecordType.CASE, found.id, "READ", "history");
        return CaseTransition.<CaseTransition>list("caseId = ?1 order by id", found.id).stream()
                .map(TransitionView::of).toList();
    }

    /** The view of a case after a change, for the answer to the change (the change itself is logged). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseView afterChange(ProtectionCase found) {
        ProtectionCase.flush();
        return view(found, access.isCaseTeam(found));
    }

    @Transactional
    public CasePage list(CaseStatus status, Boolean overdue, OffsetDateTime updatedSince, String unit, Integer limit,
            String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<FieldViolation> violations = new ArrayList<>();
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_LIMIT));
        }
        if (unit != null && units.current(unit).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unit));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime until = now.minus(settle);
        Parameters parameters = new Parameters();
        StringBuilder where = new StringBuilder(access.caseFilter("c", parameters));
        where.append(" and c.updatedAt < :until");
        parameters.and("until", until);
        if (status != null) {
            where.append(" and c.status = :status");
            parameters.and("status", status);
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and exists (select 1 from CaseDeadline d where d.caseId = c.id and d.metAt is null")
                    .append(" and d.cancelledAt is null and d.dueAt < :now)");
            parameters.and("now", now);
        }
        if (updatedSince != null) {
            where.append(" and c.updatedAt >= :since");
            parameters.and("since", updatedSince);
        }
        if (unit != null) {
            where.append(" and (c.communeCode in :unitTree or c.incidentCommuneCode in :unitTree)");
            parameters.and("unitTree", units.subtree(unit, AdminUnitDirectory.today()));
        }
        if (cursor != null && !cursor.isBlank()) {
            List<String> after = Cursors.decode(cursor, 2);
            where.append(" and (c.updatedAt > :afterTime or (c.updatedAt = :afterTime and c.id > :afterId))");
            parameters.and("afterTime", Cursors.timePart(after.get(0))).and("afterId", Cursors.uuidPart(after.get(1)));
        }
        List<ProtectionCase> found = ProtectionCase
                .<ProtectionCase>find("from ProtectionCase c join fetch c.child where " + where
                        + " order by c.updatedAt, c.id", parameters)
                .page(0, size + 1).list();
        List<CaseSummary> items = found.stream().limit(size).map(c -> summary(c, now)).toList();
        items.forEach(c -> access.log(RecordType.CASE, c.id(), "LIST", "case", "child.name"));
        String next = null;
        if (found.size() > size) {
            ProtectionCase last = found.get(size - 1);
            next = Cursors.encode(last.updatedAt.toString(), last.id.toString());
        }
        return new CasePage(items, next, until);
    }

    private static CaseSummary summary(ProtectionCase c, OffsetDateTime now) {
        boolean overdue = CaseDeadline.<CaseDeadline>list("caseId", c.id).stream().anyMatch(d -> d.isOverdue(now));
        return new CaseSummary(c.id, c.status, c.communeCode, c.incidentCommuneCode, c.openedAt, c.updatedAt,
                c.sensitive, c.riskLevel, overdue, c.child.id, c.child.fullName, c.version);
    }

    CaseView view(ProtectionCase found, boolean team) {
        OffsetDateTime now = OffsetDateTime.now();
        Intake intake = Intake.firstOf(found.id);
        var child = found.child;
        List<CaseView.DeadlineView> deadlines = CaseDeadline.of(found.id).stream()
                .map(d -> new CaseView.DeadlineView(d.kind.name(), d.dueAt, d.metAt, d.missedAt, d.cancelledAt,
                        state(d, now)))
                .toList();
        List<String> workers = CaseAssignment.<CaseAssignment>list("caseId = ?1 order by assignedAt", found.id)
                .stream().map(a -> a.subject).toList();
        return new CaseView(found.id, found.status, found.communeCode, found.provinceCode, found.incidentCommuneCode,
                found.openedAt, found.updatedAt, intake.channel,
                intake.concernCategories.stream().sorted().toList(), found.sensitive, found.riskLevel,
                found.emergency, found.residualRisk, found.separationEndsOn, found.transferToCommuneCode,
                found.closedAt, CaseWorkflow.next(found.status, found.transferFromStatus), deadlines,
                deadlines.stream().anyMatch(d -> "OVERDUE".equals(d.state())), workers,
                new CaseView.ChildSummary(child.id, child.fullName, child.sex, child.birthDate, child.estimatedAge,
                        child.personalIdNumber, child.residenceCommuneCode),
                new CaseView.IntakeDetails(intake.id, intake.receivedAt, intake.recordedBy, intake.place,
                        intake.childWhereabouts, intake.childCondition, intake.situation, intake.actionsTaken,
                        intake.informantConsent, team ? intake.informant : null),
                found.version);
    }

    private static String state(CaseDeadline d, OffsetDateTime now) {
        if (d.cancelledAt != null) {
            return "CANCELLED";
        }
        if (d.metAt != null) {
            return d.metAt.isAfter(d.dueAt) ? "MET_LATE" : "MET";
        }
        return d.dueAt.isBefore(now) ? "OVERDUE" : "OPEN";
    }

}
