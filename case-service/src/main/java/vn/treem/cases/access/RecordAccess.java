package vn.treem.cases.access;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.panache.common.Parameters;
import vn.treem.cases.casework.CaseAssignment;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.child.Child;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Roles;

/**
 * Who may see which child and case records (issue #3, "Access"; docs/adr/0009).
 * <ul>
 * <li>Only {@code CASE_WORKER} and {@code CASE_APPROVER} read case records; {@code HOTLINE} reads the status of the
 * intakes it sent, {@code ANALYST} nothing.</li>
 * <li>A case is within reach when the commune handling it, the commune where it happened, the commune where the child
 * lives or the commune it is being transferred to lies in the caller's unit subtree.</li>
 * <li>Sexual-abuse and trafficking cases, and children in groups G11/G12, are seen only by the workers assigned to them
 * and by approvers.</li>
 * <li>A record out of reach answers 404, exactly like a record that does not exist.</li>
 * </ul>
 * Every read and write goes to the {@link AccessLog} through {@link #log}.
 */
@RequestScoped
public class RecordAccess {

    @Inject
    Caller caller;

    @Inject
    AdminUnitDirectory directory;

    private Set<String> units;

    public String subject() {
        return caller.subject();
    }

    public boolean isApprover() {
        return caller.hasRole(Roles.CASE_APPROVER);
    }

    public boolean readsCaseRecords() {
        return caller.hasRole(Roles.CASE_WORKER) || isApprover();
    }

    public boolean national() {
        return AdminUnit.COUNTRY_CODE.equals(caller.unit());
    }

    /** The codes of every unit within the caller's unit, in today's hierarchy. */
    public Set<String> units() {
        if (units == null) {
            units = caller.unit() == null ? Set.of() : directory.subtree(caller.unit(), AdminUnitDirectory.today());
        }
        return units;
    }

    public boolean covers(String unitCode) {
        return unitCode != null && (national() || units().contains(unitCode));
    }

    public boolean isAssigned(UUID caseId) {
        return CaseAssignment.count("caseId = ?1 and subject = ?2", caseId, caller.subject()) > 0;
    }

    public boolean canSee(ProtectionCase found) {
        if (!readsCaseRecords()) {
            return false;
        }
        boolean inReach = covers(found.communeCode) || covers(found.incidentCommuneCode)
                || covers(found.child.residenceCommuneCode) || covers(found.transferToCommuneCode);
        return inReach && (!found.sensitive || isApprover() || isAssigned(found.id));
    }

    /** The case team: approvers in reach and the workers assigned to the case. Only they see the informant. */
    public boolean isCaseTeam(ProtectionCase found) {
        return canSee(found) && (isApprover() || isAssigned(found.id));
    }

    public boolean canSee(Child child) {
        if (!readsCaseRecords()) {
            return false;
        }
        boolean inReach = covers(child.residenceCommuneCode) || ProtectionCase.<ProtectionCase>list("child", child)
                .stream().anyMatch(c -> covers(c.communeCode) || covers(c.incidentCommuneCode)
                        || covers(c.transferToCommuneCode));
        return inReach && (!child.sensitive || isApprover() || CaseAssignment.count(
                "from CaseAssignment a where a.subject = ?1 and a.caseId in (select k.id from ProtectionCase k"
                        + " where k.child = ?2)",
                caller.subject(), child) > 0);
    }

    /** The case, when the caller may see it; otherwise 404 as if it did not exist. */
    public ProtectionCase visibleCase(UUID id) {
        ProtectionCase found = ProtectionCase.findById(id);
        if (found == null || !canSee(found)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return found;
    }

    /** The case, locked for update until the transaction ends, when the caller may see it; otherwise 404. */
    public ProtectionCase visibleCaseForUpdate(UUID id) {
        ProtectionCase found = ProtectionCase.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (found == null || !canSee(found)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return found;
    }

    public Child visibleChild(UUID id, boolean forUpdate) {
        Child found = forUpdate ? Child.findById(id, LockModeType.PESSIMISTIC_WRITE) : Child.findById(id);
        if (found == null || !canSee(found)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return found;
    }

    /** Answers 403 unless the caller is an approver. */
    public void requireApprover() {
        if (!isApprover()) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
    }

    /**
     * A JPQL condition on cases aliased {@code alias} that keeps only the cases the caller may see; its parameters are
     * added to {@code parameters}.
     */
    public String caseFilter(String alias, Parameters parameters) {
        StringBuilder filter = new StringBuilder("1 = 1");
        if (!national()) {
            filter.append(" and (").append(alias).append(".communeCode in :reach or ").append(alias)
                    .append(".incidentCommuneCode in :reach or ").append(alias)
                    .append(".child.residenceCommuneCode in :reach or ").append(alias)
                    .append(".transferToCommuneCode in :reach)");
            parameters.and("reach", units());
        }
        if (!isApprover()) {
            filter.append(" and (").append(alias).append(".sensitive = false or exists (select 1 from CaseAssignment")
                    .append(" sa where sa.caseId = ").append(alias).append(".id and sa.subject = :caller))");
            parameters.and("caller", caller.subject());
        }
        return filter.toString();
    }

    /** A JPQL condition on children aliased {@code alias} that keeps only the children the caller may see. */
    public String childFilter(String alias, Parameters parameters) {
        StringBuilder filter = new StringBuilder("1 = 1");
        if (!national()) {
            filter.append(" and (").append(alias).append(".residenceCommuneCode in :reach or exists (select 1 from")
                    .append(" ProtectionCase rk where rk.child = ").append(alias).append(" and (rk.communeCode in")
                    .append(" :reach or rk.incidentCommuneCode in :reach or rk.transferToCommuneCode in :reach)))");
            parameters.and("reach", units());
        }
        if (!isApprover()) {
            filter.append(" and (").append(alias).append(".sensitive = false or exists (select 1 from CaseAssignment")
                    .append(" sa, ProtectionCase sk where sa.caseId = sk.id and sk.child = ").append(alias)
                    .append(" and sa.subject = :caller))");
            parameters.and("caller", caller.subject());
        }
        return filter.toString();
    }

    /** Writes who did {@code action} on which record and which parts of it, in the current transaction. */
    public void log(RecordType type, UUID recordId, String action, String... fields) {
        AccessLog entry = new AccessLog();
        entry.recordType = type;
        entry.recordId = recordId;
        entry.subject = caller.subject();
        entry.action = action;
        entry.fields = fields.length == 0 ? null : String.join(",", Arrays.asList(fields));
        entry.at = OffsetDateTime.now();
        entry.persist();
    }
}
