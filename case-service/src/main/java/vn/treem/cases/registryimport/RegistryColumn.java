package vn.treem.cases.registryimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.treem.cases.child.NameKey;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

/**
 * The columns of a child-registry file, in the order the template and the export write them. Each has a Vietnamese
 * heading and an English one ({@code registry.column.<NAME>} in the message bundles) and a few aliases; headings are
 * matched without accents, case or punctuation ("Ho va ten", "HỌ VÀ TÊN" and "Full name" all name {@link #FULL_NAME}).
 */
public enum RegistryColumn {

    CHILD_ID("childId", false, "ma tre", "treem id", "child id"), FULL_NAME("fullName", true, "ho ten", "ho va ten tre",
            "ho ten tre", "ten tre", "name"), BIRTH_DATE("birthDate", true, "ngay thang nam sinh", "date of birth",
                    "dob"), SEX("sex", true, "gioi tinh", "gender"), ETHNICITY("ethnicity", false, "dan toc"), COMMUNE(
                            "residenceCommuneCode", true, "ma xa", "ma phuong", "ma xa phuong dac khu",
                            "commune"), PERSONAL_ID("personalIdNumber", false, "so dinh danh", "ma dinh danh",
                                    "so dinh danh ca nhan cua tre",
                                    "personal id", "id number"), GROUPS("groups", false, "nhom hoan canh", "nhom",
                                            "nhom tre em co hoan canh dac biet",
                                            "groups"), CAREGIVER_NAME("caregiver.fullName", false, "nguoi cham soc",
                                                    "ho ten cha me hoac nguoi cham soc",
                                                    "caregiver"), CAREGIVER_RELATIONSHIP("caregiver.relationship",
                                                            false, "quan he", "moi quan he voi tre",
                                                            "relationship"), CAREGIVER_PHONE("caregiver.phone", false,
                                                                    "so dien thoai", "dien thoai",
                                                                    "so dien thoai nguoi cham soc", "phone");

    private final String field;
    private final boolean required;
    private final List<String> aliases;

    RegistryColumn(String field, boolean required, String... aliases) {
        this.field = field;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The field name used in the validation report, as in the JSON of {@code /api/v1/children}. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public String heading(Locale locale) {
        return Messages.text(locale, "registry.column." + name());
    }

    private static final Map<String, RegistryColumn> BY_HEADING = headings();

    private static Map<String, RegistryColumn> headings() {
        Map<String, RegistryColumn> out = new LinkedHashMap<>();
        for (RegistryColumn column : values()) {
            for (Locale locale : Languages.SUPPORTED) {
                out.putIfAbsent(normalized(column.heading(locale)), column);
            }
        }
        for (RegistryColumn column : values()) {
            column.aliases.forEach(alias -> out.putIfAbsent(alias, column));
        }
        return out;
    }

    /** The column a heading names, if any. */
    public static Optional<RegistryColumn> ofHeading(String heading) {
        return heading == null ? Optional.empty() : Optional.ofNullable(BY_HEADING.get(normalized(heading)));
    }

    static String normalized(String text) {
        return String.join(" ", NameKey.words(text));
    }

    /** What a header row says: where each known column is, and what is wrong with it. */
    public record Header(Map<RegistryColumn, Integer> positions, List<String> ignored, Set<RegistryColumn> missing,
            Set<RegistryColumn> repeated) {

        public boolean usable() {
            return missing.isEmpty() && repeated.isEmpty();
        }

        /** How many known columns the row names: a row naming fewer than three is not taken for the header. */
        public int known() {
            return positions.size();
        }

        public static Header of(List<String> cells) {
            Map<RegistryColumn, Integer> positions = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            Set<RegistryColumn> repeated = new TreeSet<>();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                Optional<RegistryColumn> column = ofHeading(cell);
                if (column.isEmpty()) {
                    ignored.add(cell.strip().length() > 60 ? cell.strip().substring(0, 60) : cell.strip());
                } else if (positions.putIfAbsent(column.get(), i) != null) {
                    repeated.add(column.get());
                }
            }
            Set<RegistryColumn> missing = new TreeSet<>();
            for (RegistryColumn column : values()) {
                if (column.required && !positions.containsKey(column)) {
                    missing.add(column);
                }
            }
            return new Header(positions, ignored, missing, repeated);
        }
    }
}
