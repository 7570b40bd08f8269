package vn.treem.cases.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.events.ChildGroupsChangedEvent;
import vn.treem.cases.events.ChildRecordEvent;
import vn.treem.cases.national.NationalSyncOutbox;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.adminunits.AdminUnitLoader;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * The child registry: registering a child (search-before-create: a possible duplicate needs explicit confirmation),
 * replacing a child's record (If-Match), and announcing both without personal data.
 */
@ApplicationScoped
public class ChildService {

    public static final String MATCH_PERSONAL_ID = "PERSONAL_ID";
    public static final String MATCH_NAME_BIRTH_DATE_COMMUNE = "NAME_BIRTH_DATE_COMMUNE";

    private static final Logger LOG = Logger.getLogger(ChildService.class);

    @Inject
    AdminUnitDirectory units;

    @Inject
    RecordAccess access;

    @Inject
    Outbox outbox;

    @Inject
    NationalSyncOutbox nationalSync;

    /**
     * Checks a child's details as of {@code on}; violations are reported under {@code prefix}. The residence defaults
     * to {@code defaultResidence}; returns the residence commune to use.
     */
    public String check(ChildDetails child, LocalDate on, String prefix, String defaultResidence,
            List<FieldViolation> violations) {
        if (child.birthDate() == null && child.estimatedAge() == null) {
            violations.add(new FieldViolation(prefix + "birthDate", "BIRTH_DATE_OR_AGE_REQUIRED"));
        }
        if (child.birthDate() != null) {
            if (child.birthDate().isAfter(on)) {
                violations.add(new FieldViolation(prefix + "birthDate", "IN_FUTURE"));
            } else if (AgeBand.ageOn(child.birthDate(), on) >= AgeBand.CHILD_AGE_LIMIT) {
                violations.add(new FieldViolation(prefix + "birthDate", "NOT_A_CHILD", AgeBand.CHILD_AGE_LIMIT));
            }
        }
        if (child.personalIdNumber() != null && child.personalIdNumber().matches("\\d{12}")) {
            PersonalIdNumber.check(child.personalIdNumber(), child.sex(), child.birthDate(), this::isProvinceCode)
                    .forEach(p -> violations.add(new FieldViolation(prefix + "personalIdNumber", p.name())));
        }
        String residence = child.residenceCommuneCode() == null ? defaultResidence : child.residenceCommuneCode();
        if (residence == null) {
            violations.add(new FieldViolation(prefix + "residenceCommuneCode", "REQUIRED"));
        } else if (child.residenceCommuneCode() != null) {
            checkCommune(residence, prefix + "residenceCommuneCode", violations);
        }
        List<ChildDetails.GroupDetails> groups = child.groupsOrEmpty();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            if (group.since() != null && group.until() != null && group.until().isBefore(group.since())) {
                violations.add(new FieldViolation(prefix + "groups[" + i + "].until", "UNTIL_BEFORE_SINCE"));
            }
        }
        return residence;
    }

    /** Adds a violation unless {@code code} is a commune of the current hierarchy. */
    public void checkCommune(String code, String field, List<FieldViolation> violations) {
        Optional<AdminUnit> unit = units.current(code);
        if (unit.isPresent() && unit.get().level() == AdminUnit.Level.COMMUNE) {
            return;
        }
        if (unit.isPresent()) {
            violations.add(new FieldViolation(field, "NOT_A_COMMUNE", code));
        } else if (units.everExisted(code)) {
            violations.add(new FieldViolation(field, "RETIRED_UNIT", code));
        } else {
            violations.add(new FieldViolation(field, "UNKNOWN_UNIT", code));
        }
    }

    /** Registered children who may be this one: same ID number, or same name, birth date and commune. */
    public List<DuplicateCandidate> candidates(ChildDetails details, String residence, UUID except) {
        Map<UUID, String> matches = new LinkedHashMap<>();
        if (details.personalIdNumber() != null) {
            Child.<Child>list("personalIdNumber", details.personalIdNumber())
                    .forEach(c -> matches.putIfAbsent(c.id, MATCH_PERSONAL_ID));
        }
        if (details.birthDate() != null) {
            Child.<Child>list("nameKey = ?1 and birthDate = ?2 and residenceCommuneCode = ?3",
                    NameKey.of(details.fullName()), details.birthDate(), residence)
                    .forEach(c -> matches.putIfAbsent(c.id, MATCH_NAME_BIRTH_DATE_COMMUNE));
        }
        matches.remove(except);
        List<DuplicateCandidate> candidates = new ArrayList<>();
        matches.forEach((id, matchedOn) -> {
            Child child = Child.findById(id);
            if (access.canSee(child)) {
                candidates.add(new DuplicateCandidate(id, matchedOn, true, child.fullName, child.birthDate,
                        child.residenceCommuneCode));
            } else {
                candidates.add(new DuplicateCandidate(id, matchedOn, false, null, null, null));
            }
        });
        return candidates;
    }

    /**
     * Registers a child (in the caller's transaction). A possible duplicate answers 409 {@code possible-duplicate} with
     * the candidates, unless {@code confirmNew}. With {@code requireReach}, the residence must lie within the caller's
     * unit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Child register(ChildDetails details, boolean confirmNew, String defaultResidence, LocalDate on,
            String prefix, boolean requireReach) {
        List<FieldViolation> violations = new ArrayList<>();
        String residence = check(details, on, prefix, defaultResidence, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (requireReach && !access.covers(residence)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), residence);
        }
        if (!confirmNew) {
            List<DuplicateCandidate> candidates = candidates(details, residence, null);
            if (!candidates.isEmpty()) {
                throw ProblemException.of(ProblemType.POSSIBLE_DUPLICATE).withCandidates(candidates);
            }
        }
        Child child = Child.of(details.fullName(), details.sex(), details.birthDate(), details.estimatedAge(), on);
        child.createdBy = access.subject();
        apply(child, details, residence);
        child.persist();
        access.log(RecordType.CHILD, child.id, "CREATE", "identity", "caregivers", "groups");
        outbox.record("child", child.id.toString(), ChildRecordEvent.REGISTERED, child.createdAt,
                event(child, child.createdAt));
        nationalSync.childChanged(child);
        LOG.infof("child %s registered in commune %s", child.id, residence);
        return child;
    }

    /** Registers a child living in the caller's unit, for {@code POST /children}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChildView registered(ChildDetails details, boolean confirmNew) {
        Child child = register(details, confirmNew, null, AdminUnitDirectory.today(), "", true);
        Child.flush();
        return ChildView.of(child);
    }

    @Transactional
    public ChildView update(UUID id, long expectedVersion, ChildDetails details) {
        Child child = access.visibleChild(id, true);
        IfMatch.check(expectedVersion, child.version);
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = AdminUnitDirectory.today();
        String residence = check(details, today, "", child.residenceCommuneCode, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!residence.equals(child.residenceCommuneCode) && !access.covers(residence)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), residence);
        }
        if (details.personalIdNumber() != null && !details.personalIdNumber().equals(child.personalIdNumber)
                && Child.count("personalIdNumber = ?1 and id <> ?2", details.personalIdNumber(), id) > 0) {
            throw ProblemException.invalid(new FieldViolation("personalIdNumber", "ID_ALREADY_REGISTERED"));
        }
        TreeSet<String> groupsBefore = activeGroups(child, today);
        child.rename(details.fullName());
        child.sex = details.sex();
        boolean sameAge = details.birthDate() == null && child.birthDate == null
                && details.estimatedAge() != null && details.estimatedAge().equals(child.estimatedAge);
        if (!sameAge) {
            child.setAge(details.birthDate(), details.estimatedAge(), today);
        }
        apply(child, details, residence);
        if (child.inRestrictedGroup()) {
            // A child now known to be sexually abused or trafficked: their cases become restricted too (ADR 0009).
            ProtectionCase.update("sensitive = true where child = ?1 and sensitive = false", child);
        }
        OffsetDateTime now = OffsetDateTime.now();
        child.updatedAt = now;
        Child.flush();
        access.log(RecordType.CHILD, child.id, "UPDATE", "identity", "caregivers", "groups");
        outbox.record("child", child.id.toString(), ChildRecordEvent.UPDATED, now, event(child, now));
        nationalSync.childChanged(child);
        TreeSet<String> groupsAfter = activeGroups(child, today);
        if (!groupsBefore.equals(groupsAfter)) {
            TreeSet<String> added = new TreeSet<>(groupsAfter);
            added.removeAll(groupsBefore);
            TreeSet<String> removed = new TreeSet<>(groupsBefore);
            removed.removeAll(groupsAfter);
            ChildRecordEvent facts = event(child, now);
            outbox.record("child", child.id.toString(), ChildGroupsChangedEvent.TYPE, now,
                    new ChildGroupsChangedEvent(child.id, facts.residenceCommuneCode(),
                            facts.residenceProvinceCode(), facts.sex(), facts.ageBand(), List.copyOf(added),
                            List.copyOf(removed), facts.groups(), now));
        }
        return ChildView.of(child);
    }

    private void apply(Child child, ChildDetails details, String residence) {
        child.personalIdNumber = details.personalIdNumber();
        child.ethnicity = details.ethnicity();
        child.residenceCommuneCode = residence;
        child.caregivers.clear();
        details.caregiversOrEmpty().forEach(c -> child.caregivers
                .add(Caregiver.of(c.fullName(), c.relationship(), c.phone(), c.guardian(), c.livesWithChild())));
        child.groups.clear();
        details.groupsOrEmpty().forEach(
                g -> child.groups.add(GroupMembership.of(g.code(), g.subGroup(), g.since(), g.until())));
        child.sensitive = child.inRestrictedGroup()
                || (child.isPersistent() && ProtectionCase.count("child = ?1 and sensitive = true", child) > 0);
    }

    private static TreeSet<String> activeGroups(Child child, LocalDate on) {
        TreeSet<String> codes = new TreeSet<>();
        child.groupsOn(on).forEach(g -> codes.add(g.name()));
        return codes;
    }

    /** The facts of a child that statistics need: no name, birth date, ID number or caregivers. */
    public ChildRecordEvent event(Child child, OffsetDateTime at) {
        LocalDate today = AdminUnitDirectory.today();
        String province = units.current(child.residenceCommuneCode).map(AdminUnit::parentCode).orElse(null);
        return new ChildRecordEvent(child.id, child.residenceCommuneCode, province, child.sex.name(),
                child.ageBandOn(today), child.ethnicity,
                child.groups.stream()
                        .map(g -> new ChildRecordEvent.Group(g.code.name(), g.subGroup, g.since, g.until)).toList(),
                at);
    }

    /** Birth registrations use the province codes of the time: a code of either hierarchy. */
    private boolean isProvinceCode(String code) {
        return units.find(code, AdminUnitLoader.BEFORE_REFORM.validTo())
                .or(() -> units.current(code))
                .filter(unit -> unit.level() == AdminUnit.Level.PROVINCE).isPresent();
    }
}
