package vn.treem.cases.registryimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.ChildDetails;
import vn.treem.cases.child.ChildService;
import vn.treem.cases.child.NameKey;
import vn.treem.cases.child.Sex;
import vn.treem.cases.child.SpecialCircumstance;
import vn.treem.platform.problem.FieldViolation;

/**
 * Checks one row of a registry file with the registry's own rules ({@link ChildService#check}: birth date not in the
 * future and under 16, personal ID number structure against sex and birth year, commune of today's hierarchy), plus
 * what a file adds: values as text, group codes, the uploader's jurisdiction. Every problem of a row is reported.
 */
final class RowChecker {

    static final int MAX_NAME = 150;
    private static final Pattern GROUP = Pattern.compile("G?0?(\\d{1,2})");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{7,19}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ID = Pattern.compile("\\d{12}");

    private final ChildService registry;
    private final Map<RegistryColumn, Integer> positions;
    private final ImportScope scope;
    private final LocalDate today;

    RowChecker(ChildService registry, RegistryColumn.Header header, ImportScope scope, LocalDate today) {
        this.registry = registry;
        this.positions = header.positions();
        this.scope = scope;
        this.today = today;
    }

    CheckedRow check(int number, List<String> cells) {
        List<RowIssue> issues = new ArrayList<>();
        UUID givenId = null;
        String id = value(cells, RegistryColumn.CHILD_ID);
        if (id != null) {
            try {
                givenId = UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                issues.add(new RowIssue("childId", "INVALID_FORMAT", "UUID"));
            }
        }

        String fullName = value(cells, RegistryColumn.FULL_NAME);
        if (fullName != null) {
            fullName = SPACES.matcher(fullName).replaceAll(" ");
        }
        // The accent-free key of the name, computed once: blank when the name has no word.
        String nameKey = fullName == null ? null : NameKey.of(fullName);
        if (fullName == null || nameKey.isBlank()) {
            issues.add(new RowIssue("fullName", "REQUIRED", null));
            fullName = null;
        } else if (fullName.length() > MAX_NAME) {
            issues.add(new RowIssue("fullName", "TOO_LONG", String.valueOf(MAX_NAME)));
        }

        LocalDate birthDate = null;
        String birth = value(cells, RegistryColumn.BIRTH_DATE);
        if (birth == null) {
            issues.add(new RowIssue("birthDate", "REQUIRED", null));
        } else {
            birthDate = RegistryValues.date(birth).orElse(null);
            if (birthDate == null) {
                issues.add(new RowIssue("birthDate", "INVALID_FORMAT", "dd/mm/yyyy"));
            }
        }

        Sex sex = null;
        String sexText = value(cells, RegistryColumn.SEX);
        if (sexText == null) {
            issues.add(new RowIssue("sex", "REQUIRED", null));
        } else {
            sex = RegistryValues.sex(sexText).orElse(null);
            if (sex == null) {
                issues.add(new RowIssue("sex", "UNKNOWN_SEX", null));
            }
        }

        String ethnicity = null;
        String ethnicityText = value(cells, RegistryColumn.ETHNICITY);
        if (ethnicityText != null) {
            ethnicity = RegistryValues.ethnicity(ethnicityText).orElse(null);
            if (ethnicity == null) {
                issues.add(new RowIssue("ethnicity", "UNKNOWN_ETHNICITY", null));
            }
        }

        String commune = digits(value(cells, RegistryColumn.COMMUNE), 5, 1);
        String personalId = digits(value(cells, RegistryColumn.PERSONAL_ID), 12, 10);
        if (personalId != null && !ID.matcher(personalId).matches()) {
            issues.add(new RowIssue("personalIdNumber", "ID_FORMAT", null));
        }

        List<SpecialCircumstance> groups = new ArrayList<>();
        String groupText = value(cells, RegistryColumn.GROUPS);
        if (groupText != null) {
            Set<SpecialCircumstance> codes = new TreeSet<>();
            for (String token : SEPARATORS.split(groupText.strip())) {
                Matcher group = GROUP.matcher(token.toUpperCase(java.util.Locale.ROOT));
                int code = group.matches() ? Integer.parseInt(group.group(1)) : 0;
                if (code < 1 || code > SpecialCircumstance.values().length) {
                    issues.add(new RowIssue("groups", "UNKNOWN_GROUP", token));
                } else {
                    codes.add(SpecialCircumstance.values()[code - 1]);
                }
            }
            groups.addAll(codes);
        }

        String caregiverName = value(cells, RegistryColumn.CAREGIVER_NAME);
        if (caregiverName != null) {
            caregiverName = SPACES.matcher(caregiverName).replaceAll(" ");
        }
        CaregiverRelationship relationship = null;
        String relationshipText = value(cells, RegistryColumn.CAREGIVER_RELATIONSHIP);
        if (relationshipText != null) {
            relationship = RegistryValues.relationship(relationshipText).orElse(null);
            if (relationship == null) {
                issues.add(new RowIssue("caregiver.relationship", "UNKNOWN_RELATIONSHIP", null));
            }
        }
        String phone = value(cells, RegistryColumn.CAREGIVER_PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            issues.add(new RowIssue("caregiver.phone", "INVALID_FORMAT", "0912345678"));
        }
        if (caregiverName == null && (relationshipText != null || phone != null)) {
            issues.add(new RowIssue("caregiver.fullName", "REQUIRED", null));
        } else if (caregiverName != null && caregiverName.length() > MAX_NAME) {
            issues.add(new RowIssue("caregiver.fullName", "TOO_LONG", String.valueOf(MAX_NAME)));
        }
        if (caregiverName != null && relationship == null && relationshipText == null) {
            relationship = CaregiverRelationship.OTHER;
        }

        if (givenId != null && issues.stream().noneMatch(i -> i.field().equals("childId"))) {
            // A row exported from the registry: it names a registered child, whose record is not checked again.
            return new CheckedRow(number, List.of(), givenId, fullName, null, sex, birthDate, personalId, ethnicity,
                    commune, groups, caregiverName, relationship, caregiverPhone(phone));
        }

        // The registry's own rules, on what could be read.
        List<FieldViolation> violations = new ArrayList<>();
        ChildDetails details = new ChildDetails(fullName == null ? "-" : fullName, sex, birthDate,
                birthDate == null ? 0 : null,
                personalId != null && ID.matcher(personalId).matches() ? personalId : null,
                ethnicity, commune, null,
                groups.stream().map(g -> new ChildDetails.GroupDetails(g, null, null, null)).toList());
        registry.check(details, today, "", null, violations);
        Set<String> reported = new HashSet<>();
        issues.forEach(i -> reported.add(i.field()));
        for (FieldViolation violation : violations) {
            if (!reported.contains(violation.field())) {
                Object arg = violation.args() == null || violation.args().length == 0 ? null : violation.args()[0];
                issues.add(new RowIssue(violation.field(), violation.code(), arg == null ? null : arg.toString()));
                reported.add(violation.field());
            }
        }
        if (commune != null && !reported.contains("residenceCommuneCode") && !scope.covers(commune)) {
            issues.add(new RowIssue("residenceCommuneCode", "OUTSIDE_JURISDICTION", commune));
        }
        if (!issues.isEmpty()) {
            return new CheckedRow(number, issues, null, null, null, null, null, null, null, null, List.of(), null,
                    null, null);
        }
        return new CheckedRow(number, List.of(), null, fullName, nameKey, sex, birthDate, personalId,
                ethnicity, commune, groups, caregiverName, relationship, caregiverPhone(phone));
    }

    private static String caregiverPhone(String phone) {
        return phone == null ? null : phone.strip();
    }

    /** The cell of {@code column}, stripped; null when blank or absent. A leading ' that guards a formula goes. */
    private String value(List<String> cells, RegistryColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= cells.size()) {
            return null;
        }
        String value = cells.get(position);
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * A code or number written with digits: spaces and dots between digit groups go, and leading zeros that a
     * spreadsheet dropped are put back — commune codes have five digits, and ID numbers all start with 0 and a province
     * code of 01 to 96, so an all-digit value one or two digits short is unambiguous.
     */
    static String digits(String value, int length, int shortest) {
        if (value == null) {
            return null;
        }
        String compact = DIGIT_SEPARATORS.matcher(value).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            return value;
        }
        if (compact.length() < length && compact.length() >= shortest) {
            return "0".repeat(length - compact.length()) + compact;
        }
        return compact;
    }
}
