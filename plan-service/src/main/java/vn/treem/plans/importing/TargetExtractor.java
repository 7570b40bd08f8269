package vn.treem.plans.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds indicators and their targets in the text of one specific objective. Rules (documented in docs/plan-import.md):
 * values are percentages, per mille, ranges, or counts after a comparator word; the comparator is read from the words
 * just before the value (nearest wins: "đạt trên" → ABOVE) and "trở lên"/"trở xuống" after it; the year is the one
 * written right after the value ("vào năm 2025"), else one written before it in the same clause ("đến năm 2030"), else
 * the item's or heading's year, else the supplied default (flagged as inferred). Stateless.
 */
final class TargetExtractor {

    /** Indicators and warnings of one objective. */
    record Result(List<ExtractedIndicator> indicators, List<ImportWarning> warnings) {
    }

    private record Mention(int start, int end, BigDecimal value, BigDecimal upper, MeasureUnit unit) {
    }

    private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern RANGE = Pattern.compile("(?:từ\\s+)?" + NUM + "\\s*%?\\s*(?:-|đến|tới)\\s*" + NUM
            + "\\s*(%|‰|phần trăm|phần nghìn)", FLAGS);
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*(%|‰|phần trăm|phần nghìn)", FLAGS);
    private static final Pattern PER_THOUSAND = Pattern.compile(NUM + "\\s*/\\s*1\\.?000\\b", FLAGS);
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?:ít nhất|tối thiểu|không dưới|không quá|tối đa|đạt|trên|dưới|còn)\\s+" + NUM + "\\s+(\\p{L}+)",
            FLAGS);
    private static final List<String> NOT_COUNT_UNITS = List.of("tuổi", "tháng", "năm", "ngày", "giờ", "tuần", "lần",
            "phút", "km", "m", "kg", "lớp", "cấp");
    private static final Pattern RELATIVE = Pattern
            .compile("\\b(?:giảm|tăng|nâng)(?:\\s+(?:thêm|được|ít nhất|tối thiểu|bình quân|trung bình|khoảng))?$",
                    FLAGS);
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^[\\s,()]*(?:trở lên|trở xuống)?[\\s,()]*(?:vào|đến|tới|trong|cuối|ở)?\\s*(?:cuối\\s+)?năm\\s+(20\\d\\d)",
            FLAGS);
    private static final Pattern YEAR_BEFORE = Pattern.compile("\\b(?:đến|tới|vào|trong|cuối)\\s+năm\\s+(20\\d\\d)",
            FLAGS);
    private static final Pattern LEADING_YEAR = Pattern
            .compile("^(?:\\s*(?:đến|tới|vào|trong|cuối)\\s+)?(?:năm\\s+)(20\\d\\d)\\b", FLAGS);
    private static final Pattern CONNECTORS = Pattern.compile(
            "(?:(?:vào|đến|tới|trong|cuối)\\s+)?năm\\s+\\d{4}|trở lên|trở xuống|phấn đấu|tăng lên|lên|đạt|và|đến"
                    + "|[,;\\-\\s()]",
            FLAGS);
    private static final Pattern DECREASE = Pattern.compile("\\b(?:giảm|hạ thấp|xuống)\\b", FLAGS);
    private static final Pattern MAINTAIN = Pattern.compile("\\b(?:duy trì|giữ vững|giữ ổn định|khống chế)\\b", FLAGS);
    private static final Pattern FILLER = Pattern.compile(
            "^(?:phấn đấu|phần đầu|duy trì và đảm bảo|duy trì và bảo đảm|đảm bảo|bảo đảm|duy trì|giảm|tăng|nâng cao|"
                    + "nâng|đạt|có|và|khống chế|trong đó)\\s+",
            FLAGS);
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "\\s*(?:\\s(?:đạt|là|ở mức|khoảng|còn|xuống|lên|và)|[.,;:])$",
            FLAGS);
    private static final Map<String, Comparator> COMPARATOR_WORDS = Map.ofEntries(
            Map.entry("không dưới", Comparator.AT_LEAST),
            Map.entry("không thấp hơn", Comparator.AT_LEAST), Map.entry("ít nhất là", Comparator.AT_LEAST),
            Map.entry("ít nhất", Comparator.AT_LEAST), Map.entry("tối thiểu là", Comparator.AT_LEAST),
            Map.entry("tối thiểu", Comparator.AT_LEAST), Map.entry("từ", Comparator.AT_LEAST),
            Map.entry("không quá", Comparator.AT_MOST), Map.entry("không vượt quá", Comparator.AT_MOST),
            Map.entry("không cao hơn", Comparator.AT_MOST), Map.entry("tối đa là", Comparator.AT_MOST),
            Map.entry("tối đa", Comparator.AT_MOST), Map.entry("còn", Comparator.AT_MOST),
            Map.entry("xuống", Comparator.AT_MOST),
            Map.entry("dưới mức", Comparator.BELOW), Map.entry("dưới", Comparator.BELOW),
            Map.entry("thấp hơn", Comparator.BELOW), Map.entry("cao hơn", Comparator.ABOVE),
            Map.entry("trên", Comparator.ABOVE),
            Map.entry("hơn", Comparator.ABOVE), Map.entry("vượt", Comparator.ABOVE),
            Map.entry("khoảng", Comparator.EQUAL),
            Map.entry("xấp xỉ", Comparator.EQUAL), Map.entry("bằng", Comparator.EQUAL),
            Map.entry("ở mức", Comparator.EQUAL),
            Map.entry("đạt", Comparator.AT_LEAST), Map.entry("lên", Comparator.AT_LEAST),
            Map.entry("là", Comparator.AT_LEAST),
            Map.entry("đạt mức", Comparator.AT_LEAST));
    private static final List<String> COMPARATOR_PHRASES = COMPARATOR_WORDS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    private TargetExtractor() {
    }

    /**
     * Extracts indicators from one objective item.
     *
     * @param text
     *            the item text without its marker
     * @param headingYear
     *            year of the heading above the item ("Đến năm 2025"), or {@code null}
     * @param defaultYear
     *            year used when none is written (flagged as inferred), or {@code null} when unknown
     * @return indicators and warnings
     */
    static Result extract(String text, Integer headingYear, Integer defaultYear) {
        List<ExtractedIndicator> indicators = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        String key = VietnameseText.key(text);
        Integer itemYear = null;
        Matcher lead = LEADING_YEAR.matcher(key);
        if (lead.find()) {
            itemYear = Integer.valueOf(lead.group(1));
        }
        List<Mention> all = mentions(key);
        warnUncovered(text, key, all, warnings);
        int clauseStart = 0;
        for (String clause : VietnameseText.splitOutsideParentheses(text, ';')) {
            int cs = clauseStart;
            int ce = cs + clause.length();
            clauseStart = ce + 1;
            List<Mention> ms = all.stream().filter(m -> m.start() >= cs && m.end() <= ce).toList();
            if (ms.isEmpty()) {
                String ck = key.substring(cs, ce);
                if (ck.contains("tỷ lệ") || ck.contains("tỷ suất")) {
                    String t = indicatorText(text.substring(cs, ce), MeasureUnit.PERCENT);
                    if (t != null) {
                        indicators.add(new ExtractedIndicator(t, MeasureUnit.PERCENT, direction(ck, null), List.of()));
                        warnings.add(new ImportWarning("INDICATOR_WITHOUT_TARGET",
                                "An indicator is named without a target value", VietnameseText.shorten(t, 200)));
                    }
                }
                continue;
            }
            clauseIndicators(text, key, cs, ce, ms, itemYear, headingYear, defaultYear, indicators, warnings);
        }
        return new Result(indicators, warnings);
    }

    private static void clauseIndicators(String text, String key, int cs, int ce, List<Mention> ms, Integer itemYear,
            Integer headingYear, Integer defaultYear, List<ExtractedIndicator> indicators,
            List<ImportWarning> warnings) {
        List<List<Mention>> groups = new ArrayList<>();
        List<Integer> groupStarts = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (i == 0) {
                groups.add(new ArrayList<>(List.of(m)));
                groupStarts.add(cs);
                continue;
            }
            Mention prev = ms.get(i - 1);
            String between = key.substring(prev.end(), m.start());
            if (CONNECTORS.matcher(between).replaceAll("").isEmpty()) {
                groups.get(groups.size() - 1).add(m);
            } else {
                int sep = Math.max(between.lastIndexOf(", "), between.lastIndexOf(" và "));
                int boundary = sep < 0 ? prev.end() : prev.end() + sep + (between.startsWith(" và ", sep) ? 4 : 2);
                groups.add(new ArrayList<>(List.of(m)));
                groupStarts.add(boundary);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            int gs = groupStarts.get(g);
            int ge = g + 1 < groups.size() ? groupStarts.get(g + 1) : ce;
            List<Mention> group = groups.get(g);
            String groupKey = key.substring(gs, ge);
            List<ExtractedTarget> targets = new ArrayList<>();
            List<int[]> removed = new ArrayList<>();
            Direction direction = direction(groupKey, null);
            int previousEnd = gs;
            for (int i = 0; i < group.size(); i++) {
                Mention m = group.get(i);
                int tailEnd = i + 1 < group.size() ? group.get(i + 1).start() : ge;
                String pre = key.substring(previousEnd, m.start()).replaceAll("[\\s:]+$", "");
                String tail = key.substring(m.end(), Math.max(m.end(), tailEnd));
                if (RELATIVE.matcher(pre).find()) {
                    warnings.add(new ImportWarning("TARGET_NOT_UNDERSTOOD",
                            "A change relative to an unstated base (\"giảm/tăng X%\") is not a target level",
                            VietnameseText.shorten(text.substring(cs, ce).strip(), 200)));
                    previousEnd = m.end();
                    continue;
                }
                int phraseStart = m.start();
                Comparator word = null;
                for (String phrase : COMPARATOR_PHRASES) {
                    if (pre.endsWith(" " + phrase) || pre.equals(phrase)) {
                        word = COMPARATOR_WORDS.get(phrase);
                        phraseStart = previousEnd + pre.length() - phrase.length();
                        if (phrase.equals("dưới") && pre.endsWith("xuống dưới")) {
                            phraseStart -= "xuống ".length();
                        }
                        break;
                    }
                }
                Comparator comparator;
                if (m.upper() != null) {
                    comparator = Comparator.RANGE;
                } else if (tail.stripLeading().startsWith("trở lên")) {
                    comparator = Comparator.AT_LEAST;
                } else if (tail.stripLeading().startsWith("trở xuống")) {
                    comparator = Comparator.AT_MOST;
                } else if (word != null) {
                    comparator = word;
                } else {
                    comparator = direction == Direction.DECREASE
                            ? Comparator.AT_MOST
                            : Comparator.AT_LEAST;
                }
                int phraseEnd = m.end();
                Integer year = null;
                Matcher after = YEAR_AFTER.matcher(tail);
                if (after.find() && !tail.substring(0, after.start(1)).contains("so với")) {
                    year = Integer.valueOf(after.group(1));
                    phraseEnd = m.end() + after.end();
                } else if (tail.stripLeading().startsWith("trở")) {
                    phraseEnd = m.end() + tail.indexOf("trở") + "trở lên".length();
                }
                if (year == null) {
                    Matcher before = YEAR_BEFORE.matcher(key.substring(previousEnd, m.start()));
                    while (before.find()) {
                        year = Integer.valueOf(before.group(1));
                    }
                }
                boolean inferred = false;
                if (year == null) {
                    year = itemYear != null ? itemYear : headingYear;
                }
                if (year == null) {
                    year = defaultYear != null ? defaultYear : 0;
                    inferred = true;
                }
                String source = VietnameseText.clean(text.substring(phraseStart, Math.min(phraseEnd, text.length())));
                targets.add(new ExtractedTarget(year, comparator, m.value(), m.upper(), source, inferred));
                removed.add(new int[]{phraseStart, phraseEnd});
                previousEnd = phraseEnd;
            }
            if (targets.isEmpty()) {
                continue;
            }
            StringBuilder rest = new StringBuilder();
            int pos = gs;
            for (int[] r : removed) {
                if (r[0] > pos) {
                    rest.append(text, pos, r[0]).append(' ');
                }
                pos = Math.max(pos, r[1]);
            }
            if (pos < ge) {
                rest.append(text, pos, ge);
            }
            MeasureUnit unit = group.get(0).unit();
            String indicator = indicatorText(rest.toString(), unit);
            boolean below = targets.stream().allMatch(t -> t.comparator() == Comparator.BELOW
                    || t.comparator() == Comparator.AT_MOST);
            indicators.add(new ExtractedIndicator(indicator != null ? indicator : VietnameseText.clean(groupKey), unit,
                    direction(groupKey, below ? Direction.DECREASE : null), List.copyOf(targets)));
        }
    }

    private static Direction direction(String key, Direction fallback) {
        if (DECREASE.matcher(key).find()) {
            return Direction.DECREASE;
        }
        if (MAINTAIN.matcher(key).find()) {
            return Direction.MAINTAIN;
        }
        return fallback != null ? fallback : Direction.INCREASE;
    }

    private static String indicatorText(String raw, MeasureUnit unit) {
        String t = VietnameseText.clean(raw.replaceAll("^\\s*\\(\\d+\\)\\.?", ""));
        if (t == null) {
            return null;
        }
        String before;
        do {
            before = t;
            t = FILLER.matcher(t).replaceFirst("");
            t = TRAILING_FILLER.matcher(t).replaceFirst("");
            t = VietnameseText.clean(t);
            if (t == null) {
                return null;
            }
        } while (!t.equals(before));
        String k = VietnameseText.key(t);
        if (unit == MeasureUnit.PERCENT && !k.startsWith("tỷ lệ") && !k.startsWith("tỷ suất")) {
            t = "Tỷ lệ " + (Character.isUpperCase(t.charAt(0)) && t.length() > 1 && Character.isLowerCase(t.charAt(1))
                    ? Character.toLowerCase(t.charAt(0)) + t.substring(1)
                    : t);
        }
        return VietnameseText.capitalize(t);
    }

    private static List<Mention> mentions(String key) {
        List<Mention> out = new ArrayList<>();
        Matcher m = RANGE.matcher(key);
        while (m.find()) {
            BigDecimal low = VietnameseText.number(m.group(1), true);
            BigDecimal high = VietnameseText.number(m.group(2), true);
            if (low.compareTo(high) < 0) {
                out.add(new Mention(m.start(), m.end(), low, high, unitOf(m.group(3))));
            }
        }
        m = PERCENT.matcher(key);
        while (m.find()) {
            addIfFree(out, new Mention(m.start(), m.end(), VietnameseText.number(m.group(1), true), null,
                    unitOf(m.group(2))));
        }
        m = PER_THOUSAND.matcher(key);
        while (m.find()) {
            addIfFree(out, new Mention(m.start(), m.end(), VietnameseText.number(m.group(1), true), null,
                    MeasureUnit.PER_MILLE));
        }
        m = COUNT.matcher(key);
        while (m.find()) {
            String unitWord = m.group(2);
            BigDecimal v = VietnameseText.number(m.group(1), false);
            boolean yearLike = v.scale() <= 0 && v.intValue() >= 1900 && v.intValue() <= 2100;
            if (!NOT_COUNT_UNITS.contains(unitWord) && !yearLike) {
                addIfFree(out, new Mention(m.start(1), m.end(1), v, null, MeasureUnit.COUNT));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static void addIfFree(List<Mention> out, Mention candidate) {
        for (Mention m : out) {
            if (candidate.start() < m.end() && m.start() < candidate.end()) {
                return;
            }
        }
        out.add(candidate);
    }

    private static MeasureUnit unitOf(String symbol) {
        return symbol.equals("‰") || symbol.equals("phần nghìn") ? MeasureUnit.PER_MILLE : MeasureUnit.PERCENT;
    }

    private static void warnUncovered(String text, String key, List<Mention> mentions, List<ImportWarning> warnings) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '%' && c != '‰') {
                continue;
            }
            int at = i;
            if (mentions.stream().noneMatch(m -> at >= m.start() && at < m.end())) {
                warnings.add(new ImportWarning("TARGET_NOT_UNDERSTOOD", "A percentage could not be read as a target",
                        VietnameseText.shorten(text.strip(), 200)));
                return;
            }
        }
    }
}
