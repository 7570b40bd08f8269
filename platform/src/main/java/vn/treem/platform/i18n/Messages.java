package vn.treem.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * User-facing texts in Vietnamese and English. A service's own texts live in {@code i18n/messages_vi.properties} and
 * {@code i18n/messages_en.properties}; the platform's (problem titles, field errors) in
 * {@code vn/treem/platform/i18n/platform_*.properties}. The service's texts win when both define a key.
 */
public final class Messages {

    private static final String SERVICE_BUNDLE = "i18n.messages";
    private static final String PLATFORM_BUNDLE = "vn.treem.platform.i18n.platform";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key} in {@code locale}, with {@code args} filled in; the key itself if no text exists. */
    public static String text(Locale locale, String key, Object... args) {
        return find(locale, key).map(pattern -> format(pattern, locale, args)).orElse(key);
    }

    public static Optional<String> find(Locale locale, String key) {
        Optional<String> text = lookup(SERVICE_BUNDLE, locale, key);
        return text.isPresent() ? text : lookup(PLATFORM_BUNDLE, locale, key);
    }

    private static Optional<String> lookup(String bundle, Locale locale, String key) {
        try {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(),
                    NO_FALLBACK);
            return resources.containsKey(key) ? Optional.of(resources.getString(key)) : Optional.empty();
        } catch (MissingResourceException noSuchBundle) {
            try {
                ResourceBundle resources = ResourceBundle.getBundle(bundle, locale,
                        Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
                return resources.containsKey(key) ? Optional.of(resources.getString(key)) : Optional.empty();
            } catch (MissingResourceException stillMissing) {
                return Optional.empty();
            }
        }
    }

    /** Every text goes through MessageFormat, so {@code ''} is an apostrophe whether or not there are arguments. */
    private static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }
}
