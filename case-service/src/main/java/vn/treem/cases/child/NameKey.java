package vn.treem.cases.child;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive form of a Vietnamese name for search: "Nguyễn Văn Ân" becomes " nguyen van an " (lower case, tone
 * and vowel marks removed, đ as d, single spaces, a space at both ends so that whole words can be matched).
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    public static String of(String name) {
        return " " + String.join(" ", words(name)) + " ";
    }

    /** The accent-free, lower-case words of {@code text}. */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .transform(decomposed -> MARKS.matcher(decomposed).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty()).toList();
    }
}
