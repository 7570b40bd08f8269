package vn.treem.cases.national;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.treem.cases.child.Child;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;

/**
 * Our child's record in the exchange format: what the national system needs to know the child (identity, ethnicity,
 * residence, special-circumstance groups). Caregivers, their phones, cases and free text are not sent (data
 * minimisation, Law 91/2025).
 */
@ApplicationScoped
public class NationalChildMapper {

    @Inject
    AdminUnitDirectory units;

    public NationalChildRecord record(Child child) {
        Integer estimatedBirthYear = child.birthDate == null && child.estimatedAge != null
                && child.ageEstimatedOn != null ? child.ageEstimatedOn.getYear() - child.estimatedAge : null;
        List<NationalChildRecord.Group> groups = child.groups.stream()
                .map(g -> new NationalChildRecord.Group(g.code.name(), g.code.letter(), g.subGroup, g.since, g.until))
                .toList();
        return new NationalChildRecord(child.id.toString(), null, NationalChildRecord.SOURCE_SYSTEM, child.version,
                child.fullName, NationalCodes.sex(child.sex), child.birthDate, estimatedBirthYear,
                child.personalIdNumber, child.ethnicity, child.residenceCommuneCode,
                units.current(child.residenceCommuneCode).map(AdminUnit::parentCode).orElse(null), groups,
                child.updatedAt);
    }

    /** The idempotency key of a child's record at its current version: the same state is never applied twice. */
    public static String childKey(Child child) {
        return "treem-child-" + child.id + "-v" + child.version;
    }
}
