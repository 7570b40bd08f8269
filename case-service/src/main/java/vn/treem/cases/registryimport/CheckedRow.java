package vn.treem.cases.registryimport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Sex;
import vn.treem.cases.child.SpecialCircumstance;

/**
 * One row of a file after its checks: either its issues, or a child ready to insert (or, with a Treem id, a child who
 * is already registered).
 */
public record CheckedRow(int number, List<RowIssue> issues, UUID givenId, String fullName, String nameKey, Sex sex,
        LocalDate birthDate, String personalIdNumber, String ethnicity, String communeCode,
        List<SpecialCircumstance> groups, String caregiverName, CaregiverRelationship caregiverRelationship,
        String caregiverPhone) {

    public boolean valid() {
        return issues.isEmpty();
    }

    public boolean sensitive() {
        return groups.stream().anyMatch(SpecialCircumstance.RESTRICTED::contains);
    }
}
