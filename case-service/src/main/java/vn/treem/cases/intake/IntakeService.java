package vn.treem.cases.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.CaseAssignment;
import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.CaseStatusRecorded;
import vn.treem.cases.casework.CaseTransition;
import vn.treem.cases.casework.CaseWorkflowService;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.casework.TransitionKind;
import vn.treem.cases.child.Child;
import vn.treem.cases.child.ChildService;
import vn.treem.cases.deadline.DeadlineKind;
import vn.treem.cases.deadline.DeadlineService;
import vn.treem.cases.events.CaseOpenedEvent;
import vn.treem.cases.national.NationalSyncOutbox;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.idempotency.RequestFingerprint;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.platform.security.Roles;

/**
 * Receiving a report of concern (Decree 56/2017 Art. 25): checks it, links or registers the child, opens a case in
 * status RECEIVED with its initial-assessment deadline and announces it. Nothing is stored or published unless every
 * check passes.
 */
@ApplicationScoped
public class IntakeService {

    /** Concerns that make a case visible only to its assigned workers and approvers. */
    static final Set<ConcernCategory> RESTRICTED = EnumSet.of(ConcernCategory.SEXUAL_ABUSE,
            ConcernCategory.TRAFFICKING);

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Caller caller;

    @Inject
    RecordAccess access;

    @Inject
    ChildService children;

    @Inject
    DeadlineService deadlines;

    @Inject
    Outbox outbox;

    @Inject
    RequestFingerprint fingerprints;

    @Inject
    Event<CaseStatusRecorded> statusRecorded;

    @Inject
    NationalSyncOutbox nationalSync;

    /** The answer to an intake: the receipt, and whether it is that of an intake received earlier. */
    public record Received(IntakeReceipt receipt, boolean earlier) {
    }

    /**
     * Receives an intake. A hotline client that sends a reference it already used gets the receipt of the intake opened
     * for it ({@code earlier}), or 409 when the report differs; never a second case (docs/adr/0014).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Received receive(IntakeRequest request) {
        String hotlineClient = caller.hasRole(Roles.HOTLINE) ? caller.subject() : null;
        String requestHash = null;
        if (request.hotlineReference() != null) {
            if (hotlineClient == null) {
                throw ProblemException.invalid(new FieldViolation("hotlineReference", "HOTLINE_ONLY"));
            }
            requestHash = fingerprints.of(request);
            Optional<Intake> earlier = lockReference(hotlineClient, request.hotlineReference());
            if (earlier.isPresent()) {
                return new Received(earlierReceipt(earlier.get(), requestHash), true);
            }
        }
        IntakeReceipt receipt = open(request, hotlineClient, requestHash);
        return new Received(receipt, false);
    }

    private IntakeReceipt open(IntakeRequest request, String hotlineClient, String requestHash) {
        List<FieldViolation> violations = new ArrayList<>();
        children.checkCommune(request.communeCode(), "communeCode", violations);
        LocalDate receivedOn = request.receivedAt().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
        if (request.receivedAt().isAfter(OffsetDateTime.now().plus(CaseWorkflowService.CLOCK_TOLERANCE))) {
            violations.add(new FieldViolation("receivedAt", "IN_FUTURE"));
        }
        if ((request.childId() == null) == (request.child() == null)) {
            violations.add(new FieldViolation("child", "CHILD_OR_CHILD_ID_REQUIRED"));
        }
        if (request.child() != null) {
            children.check(request.child(), receivedOn, "child.", request.communeCode(), violations);
        }
        if (request.informant() != null && !Boolean.TRUE.equals(request.informantConsent())) {
            violations.add(new FieldViolation("informant", "INFORMANT_WITHOUT_CONSENT"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        AdminUnit where = units.current(request.communeCode()).orElseThrow();
        if (hotlineClient == null) {
            // Hotline 111 receives reports nationwide and refers them to the commune; everyone else only within reach.
            jurisdiction.requireToday(where.code());
        }

        Child child = request.childId() != null
                ? linked(request.childId())
                : children.register(request.child(), Boolean.TRUE.equals(request.confirmNewChild()), where.code(),
                        receivedOn, "child.", false);
        boolean sensitive = request.concernCategories().stream().anyMatch(RESTRICTED::contains)
                || child.inRestrictedGroup();
        if (sensitive && !child.sensitive) {
            child.sensitive = true;
            child.updatedAt = OffsetDateTime.now();
        }
        ProtectionCase opened = ProtectionCase.open(child, where.code(), where.parentCode(), request.receivedAt(),
                caller.subject());
        opened.sensitive = sensitive;
        opened.persist();
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.caseId = opened.id;
        intake.channel = request.channel();
        intake.communeCode = where.code();
        intake.receivedAt = request.receivedAt();
        intake.concernCategories.addAll(request.concernCategories());
        intake.place = request.place();
        intake.childWhereabouts = request.childWhereabouts();
        intake.childCondition = request.childCondition();
        intake.situation = request.situation();
        intake.actionsTaken = request.actionsTaken();
        intake.informantConsent = Boolean.TRUE.equals(request.informantConsent());
        intake.informant = intake.informantConsent ? request.informant() : null;
        intake.recordedBy = caller.subject();
        intake.recordedAt = OffsetDateTime.now();
        intake.hotlineClient = hotlineClient;
        intake.hotlineReference = request.hotlineReference();
        intake.hotlineRequestHash = requestHash;
        intake.persist();
        if (caller.hasRole(Roles.CASE_WORKER)) {
            CaseAssignment.assignFirst(opened.id, caller.subject(), caller.subject());
        }
        OffsetDateTime due = deadlines.initialAssessmentDue(where.parentCode(), request.receivedAt());
        deadlines.start(opened.id, DeadlineKind.INITIAL_ASSESSMENT, due);
        CaseTransition.record(opened.id, TransitionKind.OPENED, null, opened.status, intake.recordedAt,
                caller.subject(), null);
        access.log(RecordType.CASE, opened.id, "CREATE", "case", "intake");

        outbox.record("case", opened.id.toString(), CaseOpenedEvent.TYPE, request.receivedAt(),
                new CaseOpenedEvent(opened.id, intake.id, where.code(), where.parentCode(), request.channel(),
                        request.receivedAt(), intake.concernCategories.stream().sorted().toList(),
                        child.sex.name(), child.ageBandOn(receivedOn), opened.status.name(), child.id,
                        child.residenceCommuneCode, child.groupsOn(receivedOn), due));
        statusRecorded.fire(new CaseStatusRecorded(opened.id, null, opened.status, intake.recordedAt));
        nationalSync.caseStatusChanged(opened, opened.status, request.receivedAt(),
                intake.concernCategories.stream().sorted().map(Enum::name).toList());
        // Ids and codes only: never the child's name or details in a log line.
        LOG.infof("case %s opened in commune %s from channel %s", opened.id, where.code(), request.channel());
        return new IntakeReceipt(opened.id, intake.id, child.id, opened.status);
    }

    /**
     * Serialises intakes of one hotline client with one reference until the transaction ends (a PostgreSQL advisory
     * lock), so that two concurrent submissions of a reference open one case; then finds the earlier intake, if any.
     */
    private Optional<Intake> lockReference(String client, String reference) {
        Intake.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "hotline-reference " + client + " " + reference).getSingleResult();
        return Intake.byHotlineReference(client, reference);
    }

    /** The receipt of the first answer for a re-submitted reference; 409 when the report is not the same. */
    private IntakeReceipt earlierReceipt(Intake earlier, String requestHash) {
        if (!requestHash.equals(earlier.hotlineRequestHash)) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.HOTLINE_REFERENCE_USED",
                    earlier.hotlineReference, earlier.id.toString());
        }
        ProtectionCase found = ProtectionCase.findById(earlier.caseId);
        access.log(RecordType.CASE, found.id, "READ", "receipt");
        LOG.infof("intake %s sent again by its hotline client; no new case", earlier.id);
        // The first answer: the case was opened in RECEIVED. Its status today is at /hotline/referrals/{reference}.
        return new IntakeReceipt(found.id, earlier.id, found.child.id, CaseStatus.RECEIVED);
    }

    private Child linked(UUID childId) {
        try {
            return access.visibleChild(childId, true);
        } catch (ProblemException notVisible) {
            throw ProblemException.invalid(new FieldViolation("childId", "UNKNOWN_CHILD"));
        }
    }

    /**
     * Where the case of an intake stands. Hotline callers see only the intakes they sent, case roles those within
     * reach; no personal data either way.
     */
    @Transactional
    public IntakeStatusView status(UUID intakeId) {
        Intake intake = Intake.findById(intakeId);
        if (intake == null) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        ProtectionCase found = ProtectionCase.findById(intake.caseId);
        boolean sender = caller.hasRole(Roles.HOTLINE) && caller.subject().equals(intake.recordedBy);
        if (!sender && !access.canSee(found)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        access.log(RecordType.CASE, found.id, "READ", "status");
        return new IntakeStatusView(intake.id, found.id, found.status, intake.receivedAt, found.updatedAt);
    }

    Optional<Intake> find(UUID id) {
        return Intake.findByIdOptional(id);
    }
}
