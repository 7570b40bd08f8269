package vn.treem.reporting.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the API writes it: {@code 2026} (year), {@code 2026H1}/{@code 2026H2} (half-year),
 * {@code 2026Q1}..{@code 2026Q4} (quarter) or {@code 2026-05} (month). Periods are calendar months and their unions, in
 * the business time zone.
 */
public record Period(String code, PeriodType type, YearMonth firstMonth, YearMonth lastMonth) {

    /** The accepted forms, as shown to callers who send another. */
    public static final String FORMATS = "2026, 2026H1, 2026Q3, 2026-05";

    private static final Pattern FORM = Pattern
            .compile("(?<year>\\d{4})(?:H(?<half>[12])|Q(?<quarter>[1-4])|-(?<month>0[1-9]|1[0-2]))?");

    /** The period {@code code} stands for; empty when it is not one of the accepted forms. */
    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(code);
        if (!form.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(form.group("year"));
        if (year < 1) {
            return Optional.empty();
        }
        if (form.group("half") != null) {
            int first = (Integer.parseInt(form.group("half")) - 1) * 6 + 1;
            return Optional.of(of(code, PeriodType.HALF_YEAR, year, first, first + 5));
        }
        if (form.group("quarter") != null) {
            int first = (Integer.parseInt(form.group("quarter")) - 1) * 3 + 1;
            return Optional.of(of(code, PeriodType.QUARTER, year, first, first + 2));
        }
        if (form.group("month") != null) {
            int month = Integer.parseInt(form.group("month"));
            return Optional.of(of(code, PeriodType.MONTH, year, month, month));
        }
        return Optional.of(of(code, PeriodType.YEAR, year, 1, 12));
    }

    private static Period of(String code, PeriodType type, int year, int firstMonth, int lastMonth) {
        return new Period(code, type, YearMonth.of(year, firstMonth), YearMonth.of(year, lastMonth));
    }

    public LocalDate firstDay() {
        return firstMonth.atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth.atEndOfMonth();
    }

    /**
     * The date whose administrative hierarchy the period is reported in: its last day, or {@code today} while the
     * period is not over (a period still running, or one not yet begun, is seen with today's units).
     */
    public LocalDate hierarchyDate(LocalDate today) {
        return lastDay().isBefore(today) ? lastDay() : today;
    }
}
