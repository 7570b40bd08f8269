package vn.treem.cases.child;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Accent-insensitive form of a Vietnamese name for search: "Nguyễn Văn Ân" becomes " nguyen van an " (lower case, tone
 * and vowel marks removed, đ as d, single spaces, a space at both ends so that whole words can be matched).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        return " " + String.join(" ", words(name)) + " ";
    }

    /** The accent-free, lower-case words of {@code text}. */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
