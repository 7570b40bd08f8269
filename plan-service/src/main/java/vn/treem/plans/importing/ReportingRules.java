package vn.treem.plans.importing;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reporting rules from one sentence. A clause is a reporting rule when it mentions "báo cáo" (or sits in the
 * reporting section) and gives a due date ("trước ngày 10 tháng 5", "trước ngày 25/11"), a period ("6 tháng", "hằng
 * năm", "hằng quý") or "đột xuất". The period is the written one, else it follows from the number of due dates (1 →
 * annual, 2 → semi-annual, 4 → quarterly). Stateless.
 */
final class ReportingRules {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final String DAY_MONTH = "(?:ngày\\s+)?(\\d{1,2})\\s*(?:/|-|tháng)\\s*(\\d{1,2})"
            + "(?:\\s*(?:/|năm)\\s*\\d{4})?";
    private static final Pattern ANCHORED_DATE = Pattern
            .compile("(?:trước|chậm nhất(?: là)?|hạn chót(?: là)?|không muộn hơn|vào)\\s+" + DAY_MONTH, FLAGS);
    private static final Pattern NEXT_DATE = Pattern
            .compile("^\\s*(?:,|và|hoặc)\\s*(?:trước\\s+|vào\\s+)?" + DAY_MONTH, FLAGS);
    private static final Pattern SEMI = Pattern.compile("\\b(?:0?6 tháng|sáu tháng|nửa năm|hai lần một năm)\\b", FLAGS);
    private static final Pattern ANNUAL = Pattern
            .compile("\\b(?:hằng năm|hàng năm|mỗi năm|định kỳ năm|báo cáo năm|năm một lần|một lần/năm)\\b", FLAGS);
    private static final Pattern QUARTERLY = Pattern.compile("\\b(?:hằng quý|hàng quý|mỗi quý|theo quý|định kỳ quý)\\b",
            FLAGS);
    private static final Pattern MONTHLY = Pattern.compile("\\b(?:hằng tháng|hàng tháng|mỗi tháng|định kỳ tháng)\\b",
            FLAGS);
    private static final Pattern RECIPIENT = Pattern.compile("(?:về|cho|gửi|lên|báo cáo)\\s+(?=\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ReportingRules() {
    }

    /**
     * Period named in the text, or {@code null}; {@code AD_HOC} for "đột xuất".
     *
     * @param key
     *            lower-cased text
     * @return the period or {@code null}
     */
    static ReportPeriod periodKeyword(String key) {
        if (SEMI.matcher(key).find()) {
            return ReportPeriod.SEMI_ANNUAL;
        }
        if (QUARTERLY.matcher(key).find()) {
            return ReportPeriod.QUARTERLY;
        }
        if (MONTHLY.matcher(key).find()) {
            return ReportPeriod.MONTHLY;
        }
        if (ANNUAL.matcher(key).find()) {
            return ReportPeriod.ANNUAL;
        }
        return null;
    }

    /**
     * Reporting rules in one line of text.
     *
     * @param text
     *            a line
     * @param reporter
     *            who reports when known from context, else {@code null}
     * @param reportingSection
     *            {@code true} inside the reporting section, where "báo cáo" need not be repeated
     * @param warnings
     *            receives warnings
     * @return rules found, possibly none
     */
    static List<ExtractedReportingRule> rules(String text, String reporter, boolean reportingSection,
            List<ImportWarning> warnings) {
        List<ExtractedReportingRule> out = new ArrayList<>();
        int offset = 0;
        for (String clause : VietnameseText.splitOutsideParentheses(text, ';')) {
            int clauseStart = offset;
            offset += clause.length() + 1;
            String k = VietnameseText.key(clause);
            boolean report = k.contains("báo cáo") || reportingSection && k.contains("gửi");
            if (!report && !reportingSection) {
                continue;
            }
            List<MonthDay> dates = dueDates(k);
            ReportPeriod keyword = periodKeyword(k);
            boolean adHoc = k.contains("đột xuất");
            boolean periodic = !dates.isEmpty() || keyword != null;
            if (!periodic && !adHoc) {
                continue;
            }
            if (!report && !k.contains("định kỳ") && dates.isEmpty()) {
                continue;
            }
            String recipient = recipient(text, clauseStart);
            String source = VietnameseText.shorten(VietnameseText.clean(clause), 500);
            if (periodic) {
                ReportPeriod period = keyword;
                if (period == null) {
                    period = switch (dates.size()) {
                        case 1 -> ReportPeriod.ANNUAL;
                        case 2 -> ReportPeriod.SEMI_ANNUAL;
                        case 4 -> ReportPeriod.QUARTERLY;
                        case 12 -> ReportPeriod.MONTHLY;
                        default -> null;
                    };
                }
                if (period == null) {
                    period = ReportPeriod.ANNUAL;
                    warnings.add(new ImportWarning("REPORTING_PERIOD_UNCLEAR",
                            "Reporting period could not be determined; assumed ANNUAL", source));
                }
                out.add(new ExtractedReportingRule(reporter, recipient, period, dates, source));
            }
            if (adHoc) {
                out.add(new ExtractedReportingRule(reporter, recipient, ReportPeriod.AD_HOC, List.of(), source));
            }
        }
        return out;
    }

    /** Due days in the year, sorted: "trước ngày 10 tháng 5 và trước ngày 10 tháng 11" → [05-10, 11-10]. */
    static List<MonthDay> dueDates(String key) {
        TreeSet<MonthDay> dates = new TreeSet<>();
        Matcher m = ANCHORED_DATE.matcher(key);
        while (m.find()) {
            add(dates, m.group(1), m.group(2));
            int pos = m.end();
            while (true) {
                Matcher n = NEXT_DATE.matcher(key);
                n.region(pos, key.length());
                if (!n.lookingAt()) {
                    break;
                }
                add(dates, n.group(1), n.group(2));
                pos = n.end();
            }
        }
        return List.copyOf(dates);
    }

    private static void add(TreeSet<MonthDay> dates, String day, String month) {
        try {
            dates.add(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            // not a date
        }
    }

    private static String recipient(String text, int from) {
        int at = VietnameseText.key(text).indexOf("báo cáo", from);
        if (at < 0) {
            at = from;
        }
        Matcher m = RECIPIENT.matcher(text);
        m.region(at, text.length());
        while (m.find()) {
            AgencyNames.Name name = AgencyNames.at(text, m.end());
            if (name != null) {
                return name.text();
            }
        }
        return null;
    }
}
