package vn.treem.cases.registryimport;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Ethnicities;
import vn.treem.cases.child.Sex;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

/**
 * How the values of a registry file are written and read: sex, ethnicity and relationship as their Vietnamese or
 * English labels (codes and enum names accepted too), dates as dd/mm/yyyy (yyyy-mm-dd accepted).
 */
public final class RegistryValues {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

    private static final Map<String, Sex> SEXES = new HashMap<>();
    private static final Map<String, String> ETHNICITIES = new HashMap<>();
    private static final Map<String, CaregiverRelationship> RELATIONSHIPS = new HashMap<>();
    private static final Map<String, CaregiverRelationship> RELATIONSHIPS_PLAIN = new HashMap<>();

    static {
        for (Sex sex : Sex.values()) {
            SEXES.put(plain(sex.name()), sex);
            for (Locale locale : Languages.SUPPORTED) {
                SEXES.put(plain(Messages.text(locale, "label.Sex." + sex.name())), sex);
            }
        }
        SEXES.put("m", Sex.MALE);
        SEXES.put("f", Sex.FEMALE);
        SEXES.put("trai", Sex.MALE);
        SEXES.put("gai", Sex.FEMALE);
        SEXES.put("khong ro", Sex.UNKNOWN);

        Set<String> ambiguous = new HashSet<>();
        for (String code : Ethnicities.codes()) {
            for (Locale locale : Languages.SUPPORTED) {
                String key = plain(Messages.text(locale, "label.Ethnicity." + code));
                String before = ETHNICITIES.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(ETHNICITIES::remove);

        for (CaregiverRelationship relationship : CaregiverRelationship.values()) {
            relationship(relationship.name(), relationship);
            for (Locale locale : Languages.SUPPORTED) {
                relationship(Messages.text(locale, "label.CaregiverRelationship." + relationship.name()), relationship);
            }
        }
        String[][] usual = {{"bố", "FATHER"}, {"ba", "FATHER"}, {"cha đẻ", "FATHER"}, {"bố đẻ", "FATHER"},
                {"má", "MOTHER"}, {"mẹ đẻ", "MOTHER"}, {"bố dượng", "STEPFATHER"}, {"ông", "GRANDPARENT"},
                {"bà", "GRANDPARENT"}, {"ông bà", "GRANDPARENT"}, {"ông nội", "GRANDPARENT"},
                {"bà nội", "GRANDPARENT"}, {"ông ngoại", "GRANDPARENT"}, {"bà ngoại", "GRANDPARENT"},
                {"anh", "SIBLING"}, {"chị", "SIBLING"}, {"anh trai", "SIBLING"}, {"chị gái", "SIBLING"},
                {"cô", "OTHER_RELATIVE"}, {"dì", "OTHER_RELATIVE"}, {"chú", "OTHER_RELATIVE"},
                {"bác", "OTHER_RELATIVE"}, {"cậu", "OTHER_RELATIVE"}, {"mợ", "OTHER_RELATIVE"},
                {"thím", "OTHER_RELATIVE"}, {"họ hàng", "OTHER_RELATIVE"}};
        for (String[] pair : usual) {
            relationship(pair[0], CaregiverRelationship.valueOf(pair[1]));
        }
    }

    private RegistryValues() {
    }

    private static void relationship(String text, CaregiverRelationship relationship) {
        RELATIONSHIPS.putIfAbsent(accented(text), relationship);
        String plain = plain(text);
        CaregiverRelationship before = RELATIONSHIPS_PLAIN.putIfAbsent(plain, relationship);
        if (before != null && before != relationship) {
            RELATIONSHIPS_PLAIN.put(plain, null);
        }
    }

    /** Lower case, accents kept, single spaces, no punctuation. */
    static String accented(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .transform(t -> NOT_A_WORD.matcher(t).replaceAll(" ")).strip();
    }

    /** Lower case without accents, single spaces, no punctuation. */
    static String plain(String text) {
        return RegistryColumn.normalized(text);
    }

    public static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEXES.get(plain(text)));
    }

    public static String sexLabel(Sex sex, Locale locale) {
        return Messages.text(locale, "label.Sex." + sex.name());
    }

    /** A two-digit code (1 to 54 accepted, 01 to 54) or the name of an ethnic group. */
    public static Optional<String> ethnicity(String text) {
        String value = text.strip();
        if (ONE_OR_TWO_DIGITS.matcher(value).matches()) {
            String code = String.format("%02d", Integer.parseInt(value));
            return code.matches(Ethnicities.PATTERN) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(ETHNICITIES.get(plain(value)));
    }

    public static String ethnicityLabel(String code, Locale locale) {
        return Messages.text(locale, "label.Ethnicity." + code);
    }

    /** "Mẹ", "mẹ đẻ", "MOTHER", "Mother" … ; "Bà" and "Ba" differ by their accents only, so accents count first. */
    public static Optional<CaregiverRelationship> relationship(String text) {
        CaregiverRelationship exact = RELATIONSHIPS.get(accented(text));
        return exact != null ? Optional.of(exact) : Optional.ofNullable(RELATIONSHIPS_PLAIN.get(plain(text)));
    }

    public static String relationshipLabel(CaregiverRelationship relationship, Locale locale) {
        return Messages.text(locale, "label.CaregiverRelationship." + relationship.name());
    }

    /** dd/mm/yyyy (also with . or -), or yyyy-mm-dd; empty when it is neither or no such day exists. */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            Matcher day = DAY_FIRST.matcher(value);
            if (day.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(1))));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (java.time.DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
