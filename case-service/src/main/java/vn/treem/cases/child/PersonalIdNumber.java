package vn.treem.cases.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The 12-digit personal identification number (số định danh cá nhân, Circular 59/2021/TT-BCA): 3 digits for the
 * province where the birth was registered, 1 digit for century and sex, 2 digits for the last digits of the birth year,
 * 6 serial digits. This checks its structure and its consistency with what else is known of the child; whether the
 * number belongs to the child is verified by the commune police (and later the national database), not here.
 */
public record PersonalIdNumber(String value) {

    /** What can be wrong with a number, as field-error codes. */
    public enum Problem {
        /** Not 12 digits. */
        ID_FORMAT,
        /** The first three digits name no province. */
        ID_PROVINCE,
        /** The fourth digit says another sex than the child's. */
        ID_SEX_MISMATCH,
        /** The fourth to sixth digits say another birth year than the child's. */
        ID_BIRTH_YEAR_MISMATCH
    }

    /**
     * The problems of {@code value} for a child of {@code sex} born on {@code birthDate} (either may be unknown);
     * {@code isProvinceCode} tells whether a two-digit code names a province (before or after the 2025 reform).
     */
    public static List<Problem> check(String value, Sex sex, LocalDate birthDate, Predicate<String> isProvinceCode) {
        List<Problem> problems = new ArrayList<>();
        if (value == null || !value.matches("\\d{12}")) {
            problems.add(Problem.ID_FORMAT);
            return problems;
        }
        if (!value.startsWith("0") || !isProvinceCode.test(value.substring(1, 3))) {
            problems.add(Problem.ID_PROVINCE);
        }
        int centuryAndSex = value.charAt(3) - '0';
        Sex encodedSex = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        if ((sex == Sex.MALE || sex == Sex.FEMALE) && sex != encodedSex) {
            problems.add(Problem.ID_SEX_MISMATCH);
        }
        if (birthDate != null && birthYear(value).map(year -> year != birthDate.getYear()).orElse(true)) {
            problems.add(Problem.ID_BIRTH_YEAR_MISMATCH);
        }
        return problems;
    }

    /** The birth year the number encodes: digit 4 gives the century (0–1: 1900s, 2–3: 2000s, …, 8–9: 1800s). */
    static Optional<Integer> birthYear(String value) {
        int digit = value.charAt(3) - '0';
        int century = digit >= 8 ? 1800 : 1900 + (digit / 2) * 100;
        return Optional.of(century + Integer.parseInt(value.substring(4, 6)));
    }
}
