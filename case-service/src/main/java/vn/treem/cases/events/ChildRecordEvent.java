package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code vn.treem.case.child.registered.v1} and {@code vn.treem.case.child.updated.v1}: where the child lives,
 * sex, age band, ethnicity and groups — never the name, birth date, ID number or caregivers.
 */
public record ChildRecordEvent(
        UUID childId,
        String residenceCommuneCode,
        String residenceProvinceCode,
        String sex,
        String ageBand,
        String ethnicity,
        List<Group> groups,
        OffsetDateTime at) {

    public static final String REGISTERED = "vn.treem.case.child.registered.v1";
    public static final String UPDATED = "vn.treem.case.child.updated.v1";

    /** A special-circumstance group with its sub-group code and validity. */
    public record Group(String code, String subGroup, java.time.LocalDate since, java.time.LocalDate until) {
    }
}
