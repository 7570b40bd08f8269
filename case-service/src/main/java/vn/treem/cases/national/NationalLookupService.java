package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.child.Child;
import vn.treem.cases.child.PersonalIdNumber;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.adminunits.AdminUnitLoader;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * Looks a personal identification number up in the national child database, so that an officer about to register a
 * child sees whether the national system already knows them (no double entry). Records of children living within the
 * caller's unit come with their details; others by id only (ADR 0009). Every lookup, answered or not, is written to
 * {@code national_lookup_log} — without the number.
 */
@ApplicationScoped
public class NationalLookupService {

    private static final Logger LOG = Logger.getLogger(NationalLookupService.class);
    private static final int LOGGED_IDS = 10;

    @Inject
    NationalChildRegistry registry;

    @Inject
    RecordAccess access;

    @Inject
    Caller caller;

    @Inject
    AdminUnitDirectory units;

    public NationalLookupView lookup(String personalIdNumber) {
        check(personalIdNumber);
        if (!registry.enabled()) {
            log("UNAVAILABLE", List.of(), List.of());
            throw ProblemException.of(ProblemType.SERVICE_UNAVAILABLE, "national.not-configured");
        }
        List<NationalChildRecord> records;
        try {
            records = registry.findByPersonalId(personalIdNumber);
        } catch (NationalRegistryException failure) {
            log("UNAVAILABLE", List.of(), List.of());
            LOG.warnf("national lookup failed: %s", failure.getMessage());
            if (failure instanceof NationalRegistryException.Unavailable unavailable && unavailable.isTimeout()) {
                throw ProblemException.of(ProblemType.GATEWAY_TIMEOUT, "national.timeout");
            }
            throw ProblemException.of(ProblemType.SERVICE_UNAVAILABLE, "national.unavailable");
        }
        NationalLookupView view = QuarkusTransaction.requiringNew().call(() -> view(personalIdNumber, records));
        log(records.isEmpty() ? "NOT_FOUND" : "FOUND",
                view.matches() == null
                        ? List.of()
                        : view.matches().stream().map(NationalLookupView.Match::nationalId).toList(),
                view.registeredChildIds() == null
                        ? List.of()
                        : view.registeredChildIds().stream().map(UUID::toString).toList());
        return view;
    }

    private NationalLookupView view(String personalIdNumber, List<NationalChildRecord> records) {
        List<NationalLookupView.Match> matches = new ArrayList<>();
        Set<UUID> registered = new LinkedHashSet<>();
        Child.<Child>list("personalIdNumber", personalIdNumber).forEach(c -> registered.add(c.id));
        for (NationalChildRecord record : records) {
            UUID linked = ours(record.externalId());
            if (linked != null) {
                registered.add(linked);
            }
            if (access.covers(record.residenceCommuneCode())) {
                matches.add(new NationalLookupView.Match(record.nationalId(), true, linked, record.fullName(),
                        NationalCodes.sex(record.sex()), record.birthDate(), record.estimatedBirthYear(),
                        record.ethnicityCode(), record.residenceCommuneCode(),
                        record.groupsOrEmpty().stream().map(NationalChildRecord.Group::groupCode).toList(),
                        record.updatedAt()));
            } else {
                matches.add(new NationalLookupView.Match(record.nationalId(), false, linked, null, null, null, null,
                        null, null, null, null));
            }
        }
        return new NationalLookupView(!matches.isEmpty(), matches.isEmpty() ? null : matches,
                registered.isEmpty() ? null : List.copyOf(registered));
    }

    /** Our child id, when a national record came from Treem and the child is in our registry. */
    private static UUID ours(String externalId) {
        if (externalId == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(externalId);
            return Child.findById(id) == null ? null : id;
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private void check(String personalIdNumber) {
        if (personalIdNumber == null || personalIdNumber.isBlank()) {
            throw ProblemException.invalid(new FieldViolation("personalIdNumber", "REQUIRED"));
        }
        List<PersonalIdNumber.Problem> problems = PersonalIdNumber.check(personalIdNumber, null, null,
                this::isProvinceCode);
        if (!problems.isEmpty()) {
            throw ProblemException
                    .invalid(problems.stream().map(p -> new FieldViolation("personalIdNumber", p.name())).toList());
        }
    }

    private boolean isProvinceCode(String code) {
        return units.find(code, AdminUnitLoader.BEFORE_REFORM.validTo()).or(() -> units.current(code))
                .filter(unit -> unit.level() == AdminUnit.Level.PROVINCE).isPresent();
    }

    private void log(String outcome, List<String> nationalIds, List<String> childIds) {
        QuarkusTransaction.requiringNew().run(() -> {
            NationalLookupLog entry = new NationalLookupLog();
            entry.subject = caller.subject();
            entry.unitCode = caller.unit();
            entry.at = OffsetDateTime.now();
            entry.outcome = outcome;
            entry.nationalIds = join(nationalIds);
            entry.childIds = join(childIds);
            entry.persist();
        });
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids.stream().limit(LOGGED_IDS).toList());
    }

    /** The lookups made by users of the communes within the caller's unit, newest first (at most 500). */
    @Transactional
    public List<LookupLogEntry> log(NationalSyncService scope, String unit) {
        String within = scope.scope(unit, new ArrayList<>());
        List<NationalLookupLog> entries = AdminUnit.COUNTRY_CODE.equals(within)
                ? NationalLookupLog.<NationalLookupLog>find("order by id desc").page(0, 500).list()
                : NationalLookupLog.<NationalLookupLog>find("unitCode in ?1 order by id desc",
                        units.subtree(within, AdminUnitDirectory.today())).page(0, 500).list();
        return entries.stream().map(LookupLogEntry::of).toList();
    }
}
