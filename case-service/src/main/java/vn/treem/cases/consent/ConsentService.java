package vn.treem.cases.consent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.intervention.ReferralTarget;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;

/**
 * Consent of the child (from 7 years old) and of the parent or guardian (Personal Data Protection Law 91/2025; Law on
 * Children Art. 33): recorded per purpose, the latest decision counts.
 */
@ApplicationScoped
public class ConsentService {

    /** From this age the child's own consent is needed (Law on Children 2016, Art. 33). */
    public static final int CHILD_CONSENT_AGE = 7;

    @Inject
    RecordAccess access;

    @Transactional
    public ConsentView record(UUID caseId, ConsentRequest request) {
        ProtectionCase found = access.visibleCase(caseId);
        if (request.purpose() == ConsentPurpose.PROCESSING && request.targetType() != null) {
            throw ProblemException.invalid(new FieldViolation("targetType", "ONLY_FOR_REFERRAL"));
        }
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.caseId = found.id;
        consent.subject = request.subject();
        consent.purpose = request.purpose();
        consent.targetType = request.targetType();
        consent.decision = request.decision();
        consent.givenBy = request.givenBy();
        consent.recordedBy = access.subject();
        consent.recordedAt = OffsetDateTime.now();
        consent.persist();
        access.log(RecordType.CASE, found.id, "CREATE", "consents");
        return ConsentView.of(consent);
    }

    @Transactional
    public List<ConsentView> list(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "consents");
        return Consent.<Consent>list("caseId = ?1 order by recordedAt", found.id).stream().map(ConsentView::of)
                .toList();
    }

    /** Whose consent to a referral to {@code target} is missing: required subjects without a standing GIVEN. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentSubject> missingForReferral(ProtectionCase found, ReferralTarget target) {
        List<ConsentSubject> required = new ArrayList<>();
        required.add(ConsentSubject.PARENT_OR_GUARDIAN);
        if (found.child.ageOn(AdminUnitDirectory.today()) >= CHILD_CONSENT_AGE) {
            required.add(ConsentSubject.CHILD);
        }
        List<Consent> decisions = Consent.list("caseId = ?1 and purpose = ?2", found.id, ConsentPurpose.REFERRAL);
        return required.stream().filter(subject -> latest(decisions, subject, target)
                .map(c -> c.decision != ConsentDecision.GIVEN).orElse(true)).toList();
    }

    private static Optional<Consent> latest(List<Consent> decisions, ConsentSubject subject, ReferralTarget target) {
        return decisions.stream()
                .filter(c -> c.subject == subject && (c.targetType == null || c.targetType == target))
                .max(Comparator.comparing((Consent c) -> c.recordedAt).thenComparing(c -> c.id));
    }
}
