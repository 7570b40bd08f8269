package vn.treem.plans.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese administrative documents: normalisation, dates, numbers. Stateless. */
final class VietnameseText {

    private static final Pattern OLD_TONE_OA = Pattern
            .compile("(?<![qQ])(?:([oO])([áàảãạéèẻẽẹ])|([uU])([ýỳỷỹỵ]))(?![\\p{L}])");
    private static final String TONED = "áàảãạéèẻẽẹýỳỷỹỵ";
    private static final String BASE = "aaaaaeeeeeyyyyy";
    private static final String[] TONE_ON_O = {"óòỏõọ", "ÓÒỎÕỌ"};
    private static final String[] TONE_ON_U = {"úùủũụ", "ÚÙỦŨỤ"};
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\.\\-*_()\\[\\]#+!|])");
    private static final Pattern NUMERIC_DATE = Pattern
            .compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

    private VietnameseText() {
    }

    /**
     * NFC, unified dashes and spaces, new-style tone placement on oa/oe/uy ("hoá" → "hóa", "Uỷ" → "Ủy").
     *
     * @param raw
     *            any text
     * @return normalised text, line breaks kept as {@code \n}
     */
    static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = s.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ').replace('\t', ' ');
        s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u2010', '-');
        s = s.replace('\u2018', '\'').replace('\u2019', '\'');
        s = s.replace("\u200B", "").replace("\uFEFF", "");
        Matcher m = OLD_TONE_OA.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            char vowel = (m.group(1) != null ? m.group(1) : m.group(3)).charAt(0);
            char toned = (m.group(2) != null ? m.group(2) : m.group(4)).charAt(0);
            int i = TONED.indexOf(toned);
            char base = BASE.charAt(i);
            int tone = i % 5;
            boolean upper = Character.isUpperCase(vowel);
            String table = Character.toLowerCase(vowel) == 'o' ? TONE_ON_O[upper ? 1 : 0] : TONE_ON_U[upper ? 1 : 0];
            m.appendReplacement(out, Matcher.quoteReplacement("" + table.charAt(tone) + base));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Strips Markdown from one line: heading marks, emphasis, escapes, table pipes.
     *
     * @param line
     *            one line of normalised text
     * @return the plain line, trimmed
     */
    static String stripMarkdown(String line) {
        String s = line.strip();
        s = s.replaceFirst("^#{1,6}\\s*", "");
        s = s.replaceFirst("^>\\s*", "");
        s = s.replaceFirst("^[*+]\\s+", "- ");
        if (s.startsWith("|")) {
            if (s.matches("[|:\\-\\s]+")) {
                return "";
            }
            s = s.replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*\\|\\s*", "; ");
        }
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = s.replace("**", "").replace("__", "").replace("*", "");
        s = s.replaceAll("\\s{2,}", " ");
        return s.strip();
    }

    /** Lower-cases char by char so that indexes stay aligned with the original. */
    static String key(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Collapses whitespace and trims punctuation at both ends. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\\s,;:.\\-]+", "").replaceAll("[\\s,;:\\-]+$", "");
        return t.isEmpty() ? null : t;
    }

    /** Upper-cases the first letter. */
    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Shortens to at most {@code max} characters on a word boundary. */
    static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max - 1)) + "…";
    }

    /**
     * Parses a Vietnamese number: decimal comma, dot as thousands separator when followed by exactly three digits.
     *
     * @param s
     *            digits with separators
     * @param percentLike
     *            {@code true} for percentages, where a dot is always a decimal point
     * @return the value
     */
    static BigDecimal number(String s, boolean percentLike) {
        String t = s.strip();
        if (!percentLike && t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            t = t.replace(".", "");
        }
        t = t.replace(',', '.');
        if (t.indexOf('.') != t.lastIndexOf('.')) {
            t = t.substring(0, t.lastIndexOf('.')).replace(".", "") + t.substring(t.lastIndexOf('.'));
        }
        BigDecimal v = new BigDecimal(t);
        if (v.scale() > 0) {
            v = v.stripTrailingZeros();
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** First date in the text, "25/12/2023" or "ngày 22 tháng 4 năm 2024"; {@code null} if none or invalid. */
    static LocalDate firstDate(String s) {
        Matcher n = NUMERIC_DATE.matcher(s);
        Matcher w = WORDED_DATE.matcher(s);
        boolean hn = n.find();
        boolean hw = w.find();
        if (!hn && !hw) {
            return null;
        }
        Matcher m = hn && (!hw || n.start() < w.start()) ? n : w;
        return date(m.group(3), m.group(2), m.group(1));
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Removes explicit dates so that their years are not taken for periods or target years. */
    static String withoutDates(String s) {
        String t = WORDED_DATE.matcher(s).replaceAll(" ");
        t = NUMERIC_DATE.matcher(t).replaceAll(" ");
        return t.replaceAll("(?iu)ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}", " ");
    }

    /** Splits on the separator outside parentheses. */
    static List<String> splitOutsideParentheses(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
