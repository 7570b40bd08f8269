package vn.treem.cases.casework;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.cases.intake.Intake;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;

/**
 * Reading cases. A case outside the caller's jurisdiction answers 404, like a case that does not exist, so that its
 * existence is not disclosed. Every successful read is written to the access log.
 */
@ApplicationScoped
public class CaseQueries {

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Caller caller;

    @Transactional
    public CaseView read(UUID id) {
        ProtectionCase found = ProtectionCase.findById(id);
        if (found == null || !jurisdiction.covers(found.communeCode, AdminUnitDirectory.today())) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        CaseAccess.record(found.id, caller.subject(), "READ");
        Intake intake = Intake.firstOf(found.id);
        var child = found.child;
        return new CaseView(found.id, found.status, found.communeCode, found.provinceCode, found.openedAt,
                intake.channel, intake.concernCategories.stream().sorted().toList(),
                new CaseView.ChildSummary(child.id, child.fullName, child.sex, child.birthDate, child.estimatedAge,
                        child.personalIdNumber),
                found.version);
    }
}
