package vn.treem.plans.plan;

import java.util.regex.Pattern;

/**
 * Document numbers (số ký hiệu) such as {@code 42/KH-UBND}. Typed documents space them unevenly ("Số: 42 /KH-UBND"), so
 * a number is kept with the spaces around its slashes removed and other runs of spaces made single: both spellings then
 * name the same plan. Drafts leave the number blank ("Số: /KH-UBND" becomes no number at all).
 */
final class PlanNumber {

    private static final Pattern SPACE_AROUND_SLASH = Pattern.compile("\\s*/\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private PlanNumber() {
    }

    /** The number as stored and compared; null when blank or when only the document-kind suffix is given. */
    static String normalize(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        // Unicode spaces too: numbers pasted from office documents carry no-break spaces (U+00A0).
        String normalized = SPACES.matcher(SPACE_AROUND_SLASH.matcher(number).replaceAll("/")).replaceAll(" ").strip();
        return normalized.isEmpty() || normalized.startsWith("/") ? null : normalized;
    }
}
