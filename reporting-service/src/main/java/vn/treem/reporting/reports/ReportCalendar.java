package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which reports a reporting rule expects over the years of a plan, and which period each one covers. Stateless.
 * <ul>
 * <li>Each due date {@code MM-dd} of the rule gives one report per year; a MONTHLY rule with a single due date gives
 * one per month, on that day (the last day of shorter months). AD_HOC rules expect nothing ahead of time.</li>
 * <li>A report covers the period of the rule's kind that contains its due date ({@code 05-10} of a SEMI_ANNUAL rule →
 * {@code 2026H1}, {@code 11-10} → {@code 2026H2}; ANNUAL {@code 11-25} → {@code 2026}; QUARTERLY {@code 03-15} →
 * {@code 2026Q1}; MONTHLY → the month) — except a due date in the first month of a quarter, half-year or year, which
 * covers the period just ended (ANNUAL {@code 01-15} of 2027 → {@code 2026}; QUARTERLY {@code 04-10} →
 * {@code 2026Q1}).</li>
 * <li>Only periods within the plan's years are expected: a 2026–2027 plan with an ANNUAL rule {@code 01-15} expects the
 * reports on 2026 (due 15 January 2027) and 2027 (due 15 January 2028).</li>
 * </ul>
 */
final class ReportCalendar {

    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("MM-dd");

    private ReportCalendar() {
    }

    /** One expected report of a rule: the period it covers and when it is due. */
    record Due(String periodCode, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    }

    /** The reports {@code regime} expects over {@code fromYear}..{@code toYear}, by due date. */
    static List<Due> schedule(ReportingRegime regime, List<MonthDay> dueDays, int fromYear, int toYear) {
        if (regime == ReportingRegime.AD_HOC || dueDays.isEmpty()) {
            return List.of();
        }
        TreeMap<String, Due> out = new TreeMap<>();
        for (int year = fromYear; year <= toYear + 1; year++) {
            for (LocalDate due : dueDatesIn(regime, dueDays, year)) {
                Due report = covering(regime, due);
                int periodYear = report.periodStart().getYear();
                if (periodYear >= fromYear && periodYear <= toYear) {
                    out.putIfAbsent(due + " " + report.periodCode(), report);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Reads {@code MM-dd}; throws {@link IllegalArgumentException} for anything else. */
    static MonthDay dueDay(String text) {
        try {
            return MonthDay.parse(text, DUE_DATE);
        } catch (DateTimeParseException | NullPointerException notADay) {
            throw new IllegalArgumentException("due date " + text + " is not MM-dd");
        }
    }

    private static List<LocalDate> dueDatesIn(ReportingRegime regime, List<MonthDay> dueDays, int year) {
        List<LocalDate> dates = new ArrayList<>();
        if (regime == ReportingRegime.MONTHLY && dueDays.size() == 1) {
            int day = dueDays.get(0).getDayOfMonth();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                dates.add(ym.atDay(Math.min(day, ym.lengthOfMonth())));
            }
        } else {
            dueDays.forEach(d -> dates.add(d.atYear(year)));
        }
        return dates;
    }

    /** The period a report due on {@code due} covers under {@code regime}. */
    static Due covering(ReportingRegime regime, LocalDate due) {
        YearMonth month = YearMonth.from(due);
        return switch (regime) {
            case MONTHLY, AD_HOC -> new Due(month.toString(), month.atDay(1), month.atEndOfMonth(), due);
            case QUARTERLY -> {
                YearMonth first = firstMonthOf(month, 3);
                if (first.equals(month)) {
                    first = first.minusMonths(3);
                }
                yield new Due(first.getYear() + "Q" + ((first.getMonthValue() - 1) / 3 + 1), first.atDay(1),
                        first.plusMonths(2).atEndOfMonth(), due);
            }
            case SEMI_ANNUAL -> {
                YearMonth first = firstMonthOf(month, 6);
                if (first.equals(month)) {
                    first = first.minusMonths(6);
                }
                yield new Due(first.getYear() + "H" + ((first.getMonthValue() - 1) / 6 + 1), first.atDay(1),
                        first.plusMonths(5).atEndOfMonth(), due);
            }
            case ANNUAL -> {
                int year = month.getMonthValue() == 1 ? month.getYear() - 1 : month.getYear();
                yield new Due(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), due);
            }
        };
    }

    private static YearMonth firstMonthOf(YearMonth month, int length) {
        return YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / length * length + 1);
    }
}
