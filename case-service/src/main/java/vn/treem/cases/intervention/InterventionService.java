package vn.treem.cases.intervention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.consent.ConsentService;
import vn.treem.cases.consent.ConsentSubject;
import vn.treem.cases.events.ReferralMadeEvent;
import vn.treem.cases.events.ServiceDeliveredEvent;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Services delivered and referrals made on a case (Art. 29). A referral shares the child's data with another agency: it
 * needs the consents ({@link ConsentService}), or an approver recording the legal basis for going without.
 */
@ApplicationScoped
public class InterventionService {

    @Inject
    RecordAccess access;

    @Inject
    ConsentService consents;

    @Inject
    Outbox outbox;

    @Transactional
    public ServiceDeliveryView deliver(UUID caseId, ServiceDeliveryRequest request) {
        ProtectionCase found = openCase(caseId);
        if (request.deliveredOn().isAfter(AdminUnitDirectory.today())) {
            throw ProblemException.invalid(new FieldViolation("deliveredOn", "IN_FUTURE"));
        }
        ServiceDelivery service = new ServiceDelivery();
        service.id = UUID.randomUUID();
        service.caseId = found.id;
        service.serviceType = request.type();
        service.provider = request.provider();
        service.deliveredOn = request.deliveredOn();
        service.outcome = request.outcome();
        service.recordedBy = access.subject();
        service.recordedAt = OffsetDateTime.now();
        service.persist();
        access.log(RecordType.CASE, found.id, "CREATE", "services");
        outbox.record("case", found.id.toString(), ServiceDeliveredEvent.TYPE, service.recordedAt,
                new ServiceDeliveredEvent(found.id, service.id, found.communeCode, found.provinceCode,
                        service.serviceType.name(), service.deliveredOn, found.child.sex.name(),
                        found.child.ageBandOn(service.deliveredOn)));
        return ServiceDeliveryView.of(service);
    }

    @Transactional
    public List<ServiceDeliveryView> services(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "services");
        return ServiceDelivery.<ServiceDelivery>list("caseId = ?1 order by deliveredOn, recordedAt", found.id)
                .stream().map(ServiceDeliveryView::of).toList();
    }

    @Transactional
    public ReferralView refer(UUID caseId, ReferralRequest request) {
        ProtectionCase found = openCase(caseId);
        List<ConsentSubject> missing = consents.missingForReferral(found, request.targetType());
        LegalBasis basis;
        if (request.legalBasis() == LegalBasis.CONSENT) {
            throw ProblemException.invalid(new FieldViolation("legalBasis", "CONSENT_IS_NOT_A_CHOICE"));
        }
        if (request.legalBasis() != null) {
            if (!access.isApprover()) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "detail.LEGAL_BASIS_BY_APPROVER");
            }
            basis = request.legalBasis();
        } else if (missing.isEmpty()) {
            basis = LegalBasis.CONSENT;
        } else {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.CONSENT_REQUIRED",
                    String.join(", ", missing.stream().map(Enum::name).toList()));
        }
        OffsetDateTime now = OffsetDateTime.now();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.caseId = found.id;
        referral.targetType = request.targetType();
        referral.targetName = request.targetName();
        referral.reason = request.reason();
        referral.status = ReferralStatus.SENT;
        referral.legalBasis = basis;
        referral.basisBy = access.subject();
        referral.createdBy = access.subject();
        referral.createdAt = now;
        referral.updatedAt = now;
        referral.persist();
        access.log(RecordType.CASE, found.id, "CREATE", "referrals");
        outbox.record("case", found.id.toString(), ReferralMadeEvent.TYPE, now,
                new ReferralMadeEvent(found.id, referral.id, found.communeCode, found.provinceCode,
                        referral.targetType.name(), basis.name(), now));
        return ReferralView.of(referral);
    }

    @Transactional
    public List<ReferralView> referrals(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "referrals");
        return Referral.<Referral>list("caseId = ?1 order by createdAt", found.id).stream().map(ReferralView::of)
                .toList();
    }

    @Transactional
    public ReferralView updateStatus(UUID caseId, UUID referralId, long expectedVersion,
            ReferralStatusRequest request) {
        ProtectionCase found = access.visibleCase(caseId);
        Referral referral = Referral.findById(referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !referral.caseId.equals(found.id)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        IfMatch.check(expectedVersion, referral.version);
        if (!referral.status.next().contains(request.status())) {
            throw ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                    referral.status.name(), request.status().name())
                    .withAllowed(referral.status.next().stream().map(Enum::name).sorted().toList());
        }
        if (request.status() == ReferralStatus.DECLINED && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid(new FieldViolation("reason", "REQUIRED"));
        }
        referral.status = request.status();
        referral.statusReason = request.reason();
        referral.updatedAt = OffsetDateTime.now();
        access.log(RecordType.CASE, found.id, "UPDATE", "referrals");
        Referral.flush();
        return ReferralView.of(referral);
    }

    private ProtectionCase openCase(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        if (found.status == CaseStatus.CLOSED) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.CASE_CLOSED");
        }
        return found;
    }

    static LocalDate today() {
        return AdminUnitDirectory.today();
    }
}
