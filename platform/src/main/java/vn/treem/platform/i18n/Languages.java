package vn.treem.platform.i18n;

import java.util.List;
import java.util.Locale;

/** Content language negotiation: Vietnamese by default, English when the caller prefers it. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {
    }

    /** The supported language that best matches an {@code Accept-Language} header; Vietnamese when none does. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException malformedHeader) {
            return VIETNAMESE;
        }
    }
}
