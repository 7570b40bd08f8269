package vn.treem.cases.child;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The 54 ethnic groups of Viet Nam by their statistical code (General Statistics Office list, Decision 121-TCTK/PPCĐ):
 * 01 Kinh … 54 Rơ-măm. Labels are in {@code i18n/messages_*.properties} as {@code label.Ethnicity.<code>}.
 */
public final class Ethnicities {

    public static final String PATTERN = "0[1-9]|[1-4][0-9]|5[0-4]";

    private Ethnicities() {
    }

    public static List<String> codes() {
        return IntStream.rangeClosed(1, 54).mapToObj(code -> String.format("%02d", code)).toList();
    }
}
