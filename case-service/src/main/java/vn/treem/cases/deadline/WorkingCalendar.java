package vn.treem.cases.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Vietnamese working-day calendar of state agencies, used to compute statutory deadlines counted in working days
 * (ngày làm việc), such as "a support plan within 5 working days after the initial assessment".
 *
 * <p>
 * Legal basis: state agencies work Monday to Friday (Decision 188/1999/QĐ-TTg, 40-hour week); the paid public holidays
 * are those of Article 112 of the Labour Code 2019, with a compensatory day off on the next working day when a holiday
 * falls on a Saturday or Sunday (Article 111(3)); the Prime Minister fixes the Lunar New Year and National Day days
 * each year and may swap working days. A working day is therefore a Monday to Friday that is not a day off of the table
 * {@code /calendar/vn-public-holidays.csv}, or a Saturday or Sunday that the table lists as a make-up working day. When
 * a period is counted in days, its first day is not counted (Civil Code 2015, Article 147(2)), which is what
 * {@link #plusWorkingDays} does.
 *
 * <p>
 * Day swaps (hoán đổi ngày làm việc): to join a holiday to a weekend the Government gives a weekday off, listed as a
 * {@link PublicHoliday.Kind#DECREED} holiday, in exchange for a Saturday or Sunday that state agencies work (ngày làm
 * bù), listed as a {@link MakeUpWorkday}. For example, Friday 2 January 2026 was off and Saturday 10 January 2026 was
 * worked instead, so Friday 9 January 2026 plus 1 working day is Saturday 10 January. A make-up day is a working day
 * but not a holiday: {@link #holiday(LocalDate)} and {@link #holidays()} never return it; {@link #makeUpWorkday} and
 * {@link #makeUpWorkdays()} do.
 *
 * <p>
 * The table covers the years {@link #firstYear()} to {@link #lastYear()}, the years of its days off. For a date in any
 * other year the calendar still works, but it only knows the weekends, the fixed solar statutory days (1 January, 30
 * April, 1 May, 2 September) and the make-up days the table lists (a swap may cross the new year): no Lunar New Year,
 * no Hùng Kings' day, no second National Day, no compensatory or decreed days. Callers that need exact deadlines should
 * check {@link #covers(int)} and have the table extended.
 *
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {

    /** Classpath location of the maintained Vietnamese holiday table. */
    public static final String VIETNAM_TABLE = "/calendar/vn-public-holidays.csv";

    /** The value of the {@code kind} column for a {@link MakeUpWorkday} row; every other value is a holiday kind. */
    public static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";

    private static final String HEADER = "date,name_vi,name_en,kind";
    private static final int FIELD_COUNT = 4;

    private static final Map<MonthDay, PublicHoliday> SOLAR_HOLIDAY_TEMPLATES = Map.of(
            MonthDay.of(Month.JANUARY, 1), template("Tết Dương lịch", "New Year's Day"),
            MonthDay.of(Month.APRIL, 30), template("Ngày Chiến thắng", "Reunification Day"),
            MonthDay.of(Month.MAY, 1), template("Quốc tế Lao động", "International Labour Day"),
            MonthDay.of(Month.SEPTEMBER, 2), template("Quốc khánh", "National Day"));

    private final Map<LocalDate, PublicHoliday> holidaysByDate;
    private final List<PublicHoliday> holidays;
    private final Map<LocalDate, MakeUpWorkday> makeUpWorkdaysByDate;
    private final List<MakeUpWorkday> makeUpWorkdays;
    private final int firstYear;
    private final int lastYear;

    private WorkingCalendar(List<PublicHoliday> sortedHolidays, List<MakeUpWorkday> sortedMakeUpWorkdays) {
        Map<LocalDate, PublicHoliday> holidayByDate = new HashMap<>();
        for (PublicHoliday holiday : sortedHolidays) {
            holidayByDate.put(holiday.date(), holiday);
        }
        Map<LocalDate, MakeUpWorkday> makeUpByDate = new HashMap<>();
        for (MakeUpWorkday makeUp : sortedMakeUpWorkdays) {
            makeUpByDate.put(makeUp.date(), makeUp);
        }
        this.holidaysByDate = Map.copyOf(holidayByDate);
        this.holidays = List.copyOf(sortedHolidays);
        this.makeUpWorkdaysByDate = Map.copyOf(makeUpByDate);
        this.makeUpWorkdays = List.copyOf(sortedMakeUpWorkdays);
        this.firstYear = sortedHolidays.get(0).date().getYear();
        this.lastYear = sortedHolidays.get(sortedHolidays.size() - 1).date().getYear();
    }

    /**
     * Returns the calendar of the maintained table {@value #VIETNAM_TABLE}, loaded from the classpath once.
     *
     * @return the shared Vietnamese calendar
     * @throws IllegalStateException
     *             if the table is missing or malformed (wrapped in an {@link ExceptionInInitializerError} on the first
     *             call)
     */
    public static WorkingCalendar vietnam() {
        return VietnamHolder.INSTANCE;
    }

    /**
     * Reads a holiday table in the format of {@value #VIETNAM_TABLE}: UTF-8 text, lines starting with {@code #} and
     * blank lines ignored, a header line {@code date,name_vi,name_en,kind}, then one row per date in ascending order
     * with an ISO date, the Vietnamese and English names (double quotes allowed around a field) and either a
     * {@link PublicHoliday.Kind} (a day off) or {@value #MAKE_UP_WORKDAY} (a {@link MakeUpWorkday}). A
     * {@link PublicHoliday.Kind#COMPENSATORY} or {@link PublicHoliday.Kind#DECREED} day must be a Monday to Friday, a
     * make-up day a Saturday or Sunday. Every year between the first and the last day off must have at least one day
     * off; make-up days do not extend the covered years.
     *
     * @param reader
     *            the table; it is read to the end but not closed
     * @return the calendar of that table
     * @throws IllegalStateException
     *             if a row is malformed or falls on the wrong day of the week (the message gives its line number), if a
     *             date is duplicated or out of order, or if the table has no day off or skips a year
     * @throws UncheckedIOException
     *             if the reader fails
     */
    public static WorkingCalendar parse(Reader reader) {
        return parse(reader, "holiday table");
    }

    /**
     * Tells whether public servants work on a date: a Monday to Friday that is not a holiday, or a make-up day.
     *
     * @param date
     *            any date
     * @return {@code true} for a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (makeUpWorkdaysByDate.containsKey(date)) {
            return true;
        }
        return !isWeekend(date) && holiday(date).isEmpty();
    }

    /**
     * Returns the public holiday on a date, that is a day off; a make-up day is not a holiday. For a year the table
     * does not cover, only the fixed solar statutory days (1/1, 30/4, 1/5, 2/9) are known and are returned as
     * {@link PublicHoliday.Kind#STATUTORY}.
     *
     * @param date
     *            any date
     * @return the holiday on that date, or empty for an ordinary day (weekends and make-up days included)
     */
    public Optional<PublicHoliday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (covers(date.getYear())) {
            return Optional.ofNullable(holidaysByDate.get(date));
        }
        PublicHoliday template = SOLAR_HOLIDAY_TEMPLATES.get(MonthDay.from(date));
        return template == null
                ? Optional.empty()
                : Optional.of(new PublicHoliday(date, template.nameVi(), template.nameEn(), template.kind()));
    }

    /**
     * Returns the make-up working day (ngày làm bù) on a date: a Saturday or Sunday worked in exchange for a
     * {@link PublicHoliday.Kind#DECREED} day off.
     *
     * @param date
     *            any date
     * @return the make-up day on that date, or empty if the table lists none
     */
    public Optional<MakeUpWorkday> makeUpWorkday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(makeUpWorkdaysByDate.get(date));
    }

    /**
     * Returns the date of the {@code days}-th working day after {@code start}; {@code start} itself is never counted,
     * whether or not it is a working day. Zero days returns {@code start} unchanged.
     *
     * <p>
     * Example: an assessment on Friday 13 February 2026 plus 5 working days gives Friday 27 February 2026, because 16
     * to 20 February 2026 are the Lunar New Year days.
     *
     * @param start
     *            the day the period starts from (for instance the day of the initial assessment)
     * @param days
     *            the number of working days, zero or more
     * @return the deadline date
     * @throws IllegalArgumentException
     *             if {@code days} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative: " + days);
        }
        // Terminates: the table is finite and outside it every week has at least three working days.
        LocalDate date = start;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Counts the working days after {@code fromExclusive} up to and including {@code toInclusive}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. When {@code toInclusive} is before
     * {@code fromExclusive} the result is the negated count of the working days after {@code toInclusive} up to and
     * including {@code fromExclusive}.
     *
     * @param fromExclusive
     *            the start, not counted
     * @param toInclusive
     *            the end, counted if it is a working day
     * @return the number of working days, negative when the dates are in reverse order
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Tells whether the holiday table lists the holidays of a year.
     *
     * @param year
     *            a year
     * @return {@code true} if {@code firstYear() <= year <= lastYear()}
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * Returns the first year listed by the holiday table.
     *
     * @return the first covered year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year listed by the holiday table.
     *
     * @return the last covered year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the days off of the holiday table; make-up days are not among them.
     *
     * @return every holiday of the table in date order, unmodifiable
     */
    public List<PublicHoliday> holidays() {
        return holidays;
    }

    /**
     * Returns the make-up working days (ngày làm bù) of the holiday table.
     *
     * @return every make-up day of the table in date order, unmodifiable
     */
    public List<MakeUpWorkday> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + firstYear + ".." + lastYear + ", " + holidays.size() + " holidays, "
                + makeUpWorkdays.size() + " make-up days]";
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static PublicHoliday template(String nameVi, String nameEn) {
        return new PublicHoliday(LocalDate.EPOCH, nameVi, nameEn, PublicHoliday.Kind.STATUTORY);
    }

    static WorkingCalendar load(String resource) {
        InputStream in = WorkingCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Holiday table " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday table " + resource, e);
        }
    }

    private static WorkingCalendar parse(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        List<PublicHoliday> holidays = new ArrayList<>();
        List<MakeUpWorkday> makeUpWorkdays = new ArrayList<>();
        boolean headerSeen = false;
        LocalDate previous = null;
        int previousLine = 0;
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(HEADER)) {
                        throw malformed(source, lineNumber, "expected the header '" + HEADER + "' but found '"
                                + trimmed + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                Row row = parseRow(trimmed, source, lineNumber);
                if (previous != null) {
                    if (row.date().equals(previous)) {
                        throw malformed(source, lineNumber, "duplicate date " + row.date() + " (already on line "
                                + previousLine + ")");
                    }
                    if (row.date().isBefore(previous)) {
                        throw malformed(source, lineNumber, "rows are not sorted: " + row.date() + " comes after "
                                + previous + " (line " + previousLine + ")");
                    }
                }
                if (row.kind().equals(MAKE_UP_WORKDAY)) {
                    makeUpWorkdays.add(toMakeUpWorkday(row, source, lineNumber));
                } else {
                    holidays.add(toHoliday(row, source, lineNumber));
                }
                previous = row.date();
                previousLine = lineNumber;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException("Malformed " + source + ": the header '" + HEADER + "' is missing");
        }
        if (holidays.isEmpty()) {
            throw new IllegalStateException("Malformed " + source + ": it has no holiday rows");
        }
        checkEveryYearHasRows(holidays, source);
        return new WorkingCalendar(holidays, makeUpWorkdays);
    }

    /** Reads the fields of one row; the kind is checked by {@link #toHoliday} or {@link #toMakeUpWorkday}. */
    private static Row parseRow(String line, String source, int lineNumber) {
        List<String> fields = splitFields(line, source, lineNumber);
        if (fields.size() != FIELD_COUNT) {
            throw malformed(source, lineNumber, "expected " + FIELD_COUNT + " fields (" + HEADER + ") but found "
                    + fields.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0));
        } catch (DateTimeParseException e) {
            throw malformed(source, lineNumber, "invalid date '" + fields.get(0) + "', expected yyyy-MM-dd");
        }
        String nameVi = fields.get(1);
        String nameEn = fields.get(2);
        if (nameVi.isBlank() || nameEn.isBlank()) {
            throw malformed(source, lineNumber, "name_vi and name_en must not be empty");
        }
        return new Row(date, nameVi, nameEn, fields.get(3));
    }

    private static PublicHoliday toHoliday(Row row, String source, int lineNumber) {
        PublicHoliday.Kind kind;
        try {
            kind = PublicHoliday.Kind.valueOf(row.kind());
        } catch (IllegalArgumentException e) {
            List<String> kinds = new ArrayList<>();
            for (PublicHoliday.Kind known : PublicHoliday.Kind.values()) {
                kinds.add(known.name());
            }
            kinds.add(MAKE_UP_WORKDAY);
            throw malformed(source, lineNumber, "unknown kind '" + row.kind() + "', expected one of " + kinds);
        }
        if (kind != PublicHoliday.Kind.STATUTORY && isWeekend(row.date())) {
            throw malformed(source, lineNumber, kind + " day " + row.date() + " falls on a "
                    + row.date().getDayOfWeek() + "; only a Monday to Friday can be given off");
        }
        return new PublicHoliday(row.date(), row.nameVi(), row.nameEn(), kind);
    }

    private static MakeUpWorkday toMakeUpWorkday(Row row, String source, int lineNumber) {
        if (!isWeekend(row.date())) {
            throw malformed(source, lineNumber, MAKE_UP_WORKDAY + " day " + row.date() + " falls on a "
                    + row.date().getDayOfWeek() + "; only a Saturday or Sunday can be a make-up working day");
        }
        return new MakeUpWorkday(row.date(), row.nameVi(), row.nameEn());
    }

    /** Splits one CSV line; a field may be wrapped in double quotes, with {@code ""} for a quote inside it. */
    private static List<String> splitFields(String line, String source, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw malformed(source, lineNumber, "a quoted field is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }

    private static void checkEveryYearHasRows(List<PublicHoliday> rows, String source) {
        int expectedYear = rows.get(0).date().getYear();
        for (PublicHoliday row : rows) {
            int year = row.date().getYear();
            if (year > expectedYear) {
                throw new IllegalStateException("Malformed " + source + ": no rows for year " + expectedYear
                        + ", every year between the first and the last must be listed");
            }
            expectedYear = year + 1;
        }
    }

    private static IllegalStateException malformed(String source, int lineNumber, String problem) {
        return new IllegalStateException("Malformed " + source + ", line " + lineNumber + ": " + problem);
    }

    /** One row of a table before its kind is interpreted. */
    private record Row(LocalDate date, String nameVi, String nameEn, String kind) {
    }

    /** Loads the Vietnamese table on first use (initialization-on-demand holder). */
    private static final class VietnamHolder {

        static final WorkingCalendar INSTANCE = load(VIETNAM_TABLE);
    }

    /**
     * A make-up working day (ngày làm bù): a Saturday or Sunday on which state agencies work in exchange for a
     * {@link PublicHoliday.Kind#DECREED} day off of a day swap (hoán đổi ngày làm việc), for instance Saturday 10
     * January 2026 for Friday 2 January 2026. It is a working day, not a holiday.
     *
     * @param date
     *            the Saturday or Sunday that is worked
     * @param nameVi
     *            the Vietnamese name, e.g. {@code Làm bù (hoán đổi với thứ Sáu 02/01/2026)}
     * @param nameEn
     *            the English name, e.g. {@code Make-up working day (swapped with Friday 2026-01-02)}
     */
    public record MakeUpWorkday(LocalDate date, String nameVi, String nameEn) {

        /**
         * Checks that every component is present and that the date is a weekend day.
         *
         * @param date
         *            the Saturday or Sunday that is worked
         * @param nameVi
         *            the Vietnamese name
         * @param nameEn
         *            the English name
         * @throws NullPointerException
         *             if a component is {@code null}
         * @throws IllegalArgumentException
         *             if a name is blank or the date is a Monday to Friday
         */
        public MakeUpWorkday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            if (nameVi.isBlank() || nameEn.isBlank()) {
                throw new IllegalArgumentException("A make-up working day needs a Vietnamese and an English name: "
                        + date);
            }
            if (!isWeekend(date)) {
                throw new IllegalArgumentException("A make-up working day must be a Saturday or Sunday: " + date
                        + " is a " + date.getDayOfWeek());
            }
        }
    }
}
