package vn.treem.cases.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.intake.Intake;
import vn.treem.cases.intake.IntakeRequest;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * The status of a hotline report by the hotline's own reference. A reference is the client's own: another client's
 * reference answers 404, like one never sent (docs/adr/0009, 0014).
 */
@ApplicationScoped
public class HotlineReferralQueries {

    @Inject
    Caller caller;

    @Inject
    RecordAccess access;

    @Transactional
    public HotlineReferralStatus status(String reference) {
        if (!reference.matches(IntakeRequest.REFERENCE_PATTERN)) {
            throw ProblemException.invalid(new FieldViolation("reference", "INVALID_VALUE"));
        }
        Intake intake = Intake.byHotlineReference(caller.subject(), reference)
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
        ProtectionCase found = ProtectionCase.findById(intake.caseId);
        access.log(RecordType.CASE, found.id, "READ", "status");
        return new HotlineReferralStatus(intake.hotlineReference, intake.id, found.status,
                StatusLabel.of(found.status), intake.receivedAt, found.updatedAt, found.version);
    }
}
