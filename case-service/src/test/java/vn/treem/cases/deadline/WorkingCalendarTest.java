package vn.treem.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.treem.cases.deadline.PublicHoliday.Kind;
import vn.treem.cases.deadline.WorkingCalendar.MakeUpWorkday;

/**
 * Expected dates are worked out by hand from the Gregorian calendar and the holiday breaks announced by the Government;
 * the Vietnamese lunar dates are cross-checked with an independent lunar calendar computation.
 */
class WorkingCalendarTest {

    private static final String HEADER = "date,name_vi,name_en,kind\n";
    private static final String TET_VI = "Tết Nguyên đán";

    /** The day swaps announced for 2024-2026: the weekday given off and the Saturday worked instead. */
    private static final List<DaySwap> DAY_SWAPS = List.of(
            new DaySwap(date("2024-04-29"), date("2024-05-04")),
            new DaySwap(date("2025-05-02"), date("2025-04-26")),
            new DaySwap(date("2026-01-02"), date("2026-01-10")),
            new DaySwap(date("2026-08-31"), date("2026-08-22")));

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private List<PublicHoliday> holidaysOf(int year) {
        return calendar.holidays().stream().filter(h -> h.date().getYear() == year).collect(Collectors.toList());
    }

    private List<LocalDate> tetDaysOf(int year) {
        return holidaysOf(year).stream()
                .filter(h -> h.nameVi().equals(TET_VI) && h.kind() == Kind.STATUTORY)
                .map(PublicHoliday::date)
                .collect(Collectors.toList());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static WorkingCalendar parse(String table) {
        return WorkingCalendar.parse(new StringReader(table));
    }

    /** A day swap: a weekday given off in exchange for a Saturday or Sunday worked. */
    private record DaySwap(LocalDate dayOff, LocalDate workedInstead) {
    }

    // --- counting working days -------------------------------------------------------------------------------

    @Test
    void fiveWorkingDaysFromAFridaySkipTheWeekend() {
        // Friday 6 March 2026: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
        assertThat(calendar.plusWorkingDays(date("2026-03-06"), 5)).isEqualTo(date("2026-03-13"));
        assertThat(calendar.plusWorkingDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-09"));
        assertThat(calendar.workingDaysBetween(date("2026-03-06"), date("2026-03-13"))).isEqualTo(5);
    }

    @Test
    void fiveWorkingDaysAcrossTet2026SkipTheWholeHoliday() {
        // Break of 14-22 Feb 2026: Tết days Mon 16 - Fri 20, then Mon 23, Tue 24, Wed 25, Thu 26, Fri 27.
        LocalDate assessment = date("2026-02-13");
        assertThat(calendar.isWorkingDay(assessment)).isTrue();
        assertThat(calendar.plusWorkingDays(assessment, 1)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.plusWorkingDays(assessment, 5)).isEqualTo(date("2026-02-27"));
        assertThat(calendar.workingDaysBetween(assessment, date("2026-02-27"))).isEqualTo(5);
        for (LocalDate day = date("2026-02-14"); !day.isAfter(date("2026-02-22")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(tetDaysOf(2026)).containsExactly(date("2026-02-16"), date("2026-02-17"), date("2026-02-18"),
                date("2026-02-19"), date("2026-02-20"));
        assertThat(calendar.holiday(date("2026-02-14"))).as("a weekend inside the break is an ordinary Saturday")
                .isEmpty();
    }

    @Test
    void zeroWorkingDaysReturnTheStartEvenOnAHoliday() {
        assertThat(calendar.plusWorkingDays(date("2026-02-17"), 0)).isEqualTo(date("2026-02-17"));
        assertThat(calendar.plusWorkingDays(date("2026-03-07"), 0)).isEqualTo(date("2026-03-07"));
    }

    @Test
    void aPeriodStartingOnAHolidayCountsFromTheNextWorkingDay() {
        // Tuesday 17 Feb 2026 is Tết: the first working day after it is Monday 23 Feb.
        assertThat(calendar.plusWorkingDays(date("2026-02-17"), 1)).isEqualTo(date("2026-02-23"));
        // Saturday 7 March 2026: Mon 9 is the first working day.
        assertThat(calendar.plusWorkingDays(date("2026-03-07"), 1)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void negativeDaysAreRejected() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(date("2026-03-06"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        // From April 2024 to September 2026: every day swap and two Tết breaks.
        for (LocalDate start = date("2024-04-01"); start.isBefore(date("2026-09-30")); start = start.plusDays(1)) {
            for (int days = 0; days <= 12; days++) {
                LocalDate end = calendar.plusWorkingDays(start, days);
                assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, days).isEqualTo(days);
                assertThat(calendar.workingDaysBetween(end, start)).as("%s - %d", end, days).isEqualTo(-days);
                if (days > 0) {
                    assertThat(calendar.isWorkingDay(end)).as("%s + %d", start, days).isTrue();
                }
            }
        }
    }

    @Test
    void workingDaysBetweenCountsAWholeMonth() {
        // February 2026 has 20 weekdays, 5 of them Tết: 15 working days in (31 Jan, 28 Feb].
        assertThat(calendar.workingDaysBetween(date("2026-01-31"), date("2026-02-28"))).isEqualTo(15);
        assertThat(calendar.workingDaysBetween(date("2026-02-28"), date("2026-01-31"))).isEqualTo(-15);
        assertThat(calendar.workingDaysBetween(date("2026-02-16"), date("2026-02-16"))).isZero();
    }

    // --- the holidays of the table ---------------------------------------------------------------------------

    @Test
    void hungKingsDayOnASundayGivesMondayOff() {
        assertThat(calendar.holiday(date("2026-04-26"))).hasValueSatisfying(h -> {
            assertThat(h.nameVi()).isEqualTo("Giỗ Tổ Hùng Vương");
            assertThat(h.nameEn()).isEqualTo("Hùng Kings' Commemoration Day");
            assertThat(h.kind()).isEqualTo(Kind.STATUTORY);
        });
        assertThat(calendar.holiday(date("2026-04-27"))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(Kind.COMPENSATORY);
            assertThat(h.nameVi()).startsWith("Nghỉ bù");
        });
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
        // Friday 24 April: Sat, Sun, Mon 27 off; Tue 28, Wed 29; Thu 30 April and Fri 1 May off; Mon 4 May.
        assertThat(calendar.plusWorkingDays(date("2026-04-24"), 1)).isEqualTo(date("2026-04-28"));
        assertThat(calendar.plusWorkingDays(date("2026-04-24"), 2)).isEqualTo(date("2026-04-29"));
        assertThat(calendar.plusWorkingDays(date("2026-04-24"), 3)).isEqualTo(date("2026-05-04"));
    }

    @Test
    void reunificationAndLabourDayAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(date("2026-04-30"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-05-01"))).isFalse();
        assertThat(calendar.holiday(date("2026-04-30")).map(PublicHoliday::nameEn)).hasValue("Reunification Day");
        assertThat(calendar.holiday(date("2026-05-01")).map(PublicHoliday::nameVi)).hasValue("Quốc tế Lao động");
        // Wednesday 29 April 2026 + 1 working day: Thu 30, Fri 1, Sat 2, Sun 3 off, so Monday 4 May.
        assertThat(calendar.plusWorkingDays(date("2026-04-29"), 1)).isEqualTo(date("2026-05-04"));
        // 2022: 30 April (Sat) and 1 May (Sun) give Mon 2 and Tue 3 May off.
        assertThat(calendar.holiday(date("2022-05-02")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.holiday(date("2022-05-03")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.plusWorkingDays(date("2022-04-29"), 1)).isEqualTo(date("2022-05-04"));
    }

    @Test
    void announcedDaySwapsAreDaysOff() {
        // 2024: Monday 29 April swapped with Saturday 4 May; Fri 26 Apr + 1 = Thu 2 May.
        assertThat(calendar.holiday(date("2024-04-29")).map(PublicHoliday::kind)).hasValue(Kind.DECREED);
        assertThat(calendar.plusWorkingDays(date("2024-04-26"), 1)).isEqualTo(date("2024-05-02"));
        // 2025: Friday 2 May swapped with Saturday 26 April; Tue 29 Apr + 1 = Mon 5 May.
        assertThat(calendar.holiday(date("2025-05-02")).map(PublicHoliday::kind)).hasValue(Kind.DECREED);
        assertThat(calendar.plusWorkingDays(date("2025-04-29"), 1)).isEqualTo(date("2025-05-05"));
        // 2026: Friday 2 January swapped with Saturday 10 January; Wed 31 Dec 2025 + 1 = Mon 5 Jan.
        assertThat(calendar.holiday(date("2026-01-02")).map(PublicHoliday::kind)).hasValue(Kind.DECREED);
        assertThat(calendar.plusWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-05"));
        // 2026: Monday 31 August swapped with Saturday 22 August, so 29 Aug - 2 Sep is off; Fri 28 Aug + 1 = Thu 3 Sep.
        assertThat(calendar.holiday(date("2026-08-31")).map(PublicHoliday::kind)).hasValue(Kind.DECREED);
        assertThat(calendar.plusWorkingDays(date("2026-08-28"), 1)).isEqualTo(date("2026-09-03"));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        // Friday 2 January 2026 was given off in exchange for Saturday 10 January 2026 (12729/VPCP-KGVX).
        LocalDate makeUp = date("2026-01-10");
        assertThat(makeUp.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(makeUp)).isTrue();
        assertThat(calendar.holiday(makeUp)).as("a make-up day is not a holiday").isEmpty();
        assertThat(calendar.makeUpWorkday(makeUp)).hasValueSatisfying(m -> {
            assertThat(m.nameVi()).isEqualTo("Làm bù (hoán đổi với thứ Sáu 02/01/2026)");
            assertThat(m.nameEn()).isEqualTo("Make-up working day (swapped with Friday 2026-01-02)");
        });
        assertThat(calendar.isWorkingDay(date("2026-01-11"))).as("the Sunday after it is still a rest day").isFalse();
        assertThat(calendar.makeUpWorkday(date("2026-01-17"))).as("an ordinary Saturday").isEmpty();
        // Friday 9 January + 1 working day is the make-up Saturday; + 5 is Thursday 15 January (Sat 10, Mon 12-Thu 15).
        assertThat(calendar.plusWorkingDays(date("2026-01-09"), 1)).isEqualTo(makeUp);
        assertThat(calendar.plusWorkingDays(date("2026-01-09"), 5)).isEqualTo(date("2026-01-15"));
        assertThat(calendar.workingDaysBetween(date("2026-01-09"), date("2026-01-15"))).isEqualTo(5);
        // A period may also start on it: Saturday 10 January + 1 is Monday 12 January.
        assertThat(calendar.plusWorkingDays(makeUp, 1)).isEqualTo(date("2026-01-12"));
    }

    @Test
    void aDeadlineAcrossADaySwapCountsTheMakeUpSaturday() {
        // 2025: Saturday 26 April worked; Wed 30 April, Thu 1 May (statutory) and Fri 2 May (swapped) off.
        // From Wednesday 23 April: Thu 24 (1), Fri 25 (2), Sat 26 (3), Mon 28 (4), Tue 29 (5), then Mon 5 May (6).
        LocalDate start = date("2025-04-23");
        assertThat(calendar.plusWorkingDays(start, 3)).isEqualTo(date("2025-04-26"));
        assertThat(calendar.plusWorkingDays(start, 4)).isEqualTo(date("2025-04-28"));
        assertThat(calendar.plusWorkingDays(start, 5)).as("not Monday 5 May, as when the Saturday was a rest day")
                .isEqualTo(date("2025-04-29"));
        assertThat(calendar.plusWorkingDays(start, 6)).isEqualTo(date("2025-05-05"));
        assertThat(calendar.workingDaysBetween(start, date("2025-05-05"))).isEqualTo(6);
        assertThat(calendar.workingDaysBetween(date("2025-05-05"), start)).isEqualTo(-6);
        // 2024: from Friday 26 April, Mon 29 (swapped), Tue 30 and Wed 1 May off: Thu 2 (1), Fri 3 (2), Sat 4 (3).
        assertThat(calendar.plusWorkingDays(date("2024-04-26"), 3)).isEqualTo(date("2024-05-04"));
        assertThat(calendar.plusWorkingDays(date("2024-04-26"), 4)).isEqualTo(date("2024-05-06"));
        // 2026: from Friday 21 August: Sat 22 (1), Mon 24 - Fri 28 (2-6); 29 August - 2 September off; Thu 3 (7).
        assertThat(calendar.plusWorkingDays(date("2026-08-21"), 1)).isEqualTo(date("2026-08-22"));
        assertThat(calendar.plusWorkingDays(date("2026-08-21"), 6)).isEqualTo(date("2026-08-28"));
        assertThat(calendar.plusWorkingDays(date("2026-08-21"), 7)).isEqualTo(date("2026-09-03"));
    }

    @Test
    void everyDaySwapOfTheTableHasItsDayOffAndItsMakeUpDay() {
        assertThat(calendar.holidays()).filteredOn(h -> h.kind() == Kind.DECREED).extracting(PublicHoliday::date)
                .containsExactlyElementsOf(DAY_SWAPS.stream().map(DaySwap::dayOff).collect(Collectors.toList()));
        assertThat(calendar.makeUpWorkdays()).extracting(MakeUpWorkday::date)
                .containsExactlyElementsOf(DAY_SWAPS.stream().map(DaySwap::workedInstead).collect(Collectors.toList()));
        for (DaySwap swap : DAY_SWAPS) {
            assertThat(swap.dayOff().getDayOfWeek()).as(swap.toString()).isIn(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            assertThat(swap.workedInstead().getDayOfWeek()).as(swap.toString()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(calendar.isWorkingDay(swap.dayOff())).as(swap.toString()).isFalse();
            assertThat(calendar.isWorkingDay(swap.workedInstead())).as(swap.toString()).isTrue();
            assertThat(calendar.holiday(swap.workedInstead())).as(swap.toString()).isEmpty();
            // Each row names the other half of its swap.
            assertThat(calendar.holiday(swap.dayOff()).map(PublicHoliday::nameEn)).as(swap.toString())
                    .hasValueSatisfying(name -> assertThat(name).contains(swap.workedInstead().toString()));
            assertThat(calendar.makeUpWorkday(swap.workedInstead()).map(MakeUpWorkday::nameEn)).as(swap.toString())
                    .hasValueSatisfying(name -> assertThat(name).contains(swap.dayOff().toString()));
        }
    }

    @Test
    void nationalDayHasOneDayIn2020AndTwoDaysFrom2021() {
        // 2020 fell under the Labour Code 2012: only Wednesday 2 September.
        assertThat(calendar.isWorkingDay(date("2020-09-01"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2020-09-02"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2020-09-03"))).isTrue();
        // 2021: Thursday 2 and Friday 3 September.
        assertThat(calendar.isWorkingDay(date("2021-09-03"))).isFalse();
        // 2025: Monday 1 and Tuesday 2 September.
        assertThat(calendar.plusWorkingDays(date("2025-08-29"), 1)).isEqualTo(date("2025-09-03"));
        // 2029: Sunday 2 September, adjacent Monday 3, compensation on Tuesday 4; Fri 31 Aug + 1 = Wed 5 Sep.
        assertThat(calendar.holiday(date("2029-09-04")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.plusWorkingDays(date("2029-08-31"), 1)).isEqualTo(date("2029-09-05"));
        for (int year = 2020; year <= 2030; year++) {
            long nationalDays = holidaysOf(year).stream()
                    .filter(h -> h.kind() == Kind.STATUTORY && h.nameVi().startsWith("Quốc khánh"))
                    .count();
            assertThat(nationalDays).as("National Day in %d", year).isEqualTo(year == 2020 ? 1 : 2);
        }
    }

    @Test
    void tableCoversEveryYearFrom2020To2030WithFiveTetDays() {
        assertThat(calendar.firstYear()).isEqualTo(2020);
        assertThat(calendar.lastYear()).isEqualTo(2030);
        assertThat(calendar.covers(2019)).isFalse();
        assertThat(calendar.covers(2031)).isFalse();
        for (int year = 2020; year <= 2030; year++) {
            assertThat(calendar.covers(year)).as("covers %d", year).isTrue();
            assertThat(tetDaysOf(year)).as("Tết days of %d", year).hasSize(5);
        }
    }

    @Test
    void everyYearHasTheStatutoryDaysOfArticle112() {
        // 1 + 5 + 1 + 1 + 1 + 2 = 11 days from 2021; 10 in 2020 (one National Day under the Labour Code 2012).
        for (int year = 2020; year <= 2030; year++) {
            long statutory = holidaysOf(year).stream().filter(h -> h.kind() == Kind.STATUTORY).count();
            assertThat(statutory).as("statutory days of %d", year).isEqualTo(year == 2020 ? 10 : 11);
            assertThat(holidaysOf(year)).extracting(PublicHoliday::date)
                    .contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
                            LocalDate.of(year, 9, 2));
        }
    }

    @Test
    void everyStatutoryDayOnAWeekendIsCompensatedOnAWeekday() {
        for (int year = 2020; year <= 2030; year++) {
            List<PublicHoliday> holidays = holidaysOf(year);
            long onWeekend = holidays.stream()
                    .filter(h -> h.kind() == Kind.STATUTORY && isWeekend(h.date()))
                    .count();
            long compensatory = holidays.stream().filter(h -> h.kind() == Kind.COMPENSATORY).count();
            assertThat(compensatory).as("compensatory days of %d", year).isEqualTo(onWeekend);
        }
        assertThat(calendar.holidays())
                .filteredOn(h -> h.kind() != Kind.STATUTORY)
                .allSatisfy(h -> assertThat(isWeekend(h.date())).as(h.toString()).isFalse());
        // 2023: Giỗ Tổ (Sat 29 Apr) and 30 April (Sun) are compensated on Tue 2 and Wed 3 May, after Labour Day.
        assertThat(calendar.holiday(date("2023-05-02")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.holiday(date("2023-05-03")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.plusWorkingDays(date("2023-04-28"), 1)).isEqualTo(date("2023-05-04"));
    }

    @Test
    void tetAndHungKingsDayFollowTheVietnameseLunarCalendar() {
        for (int year = 2020; year <= 2030; year++) {
            LocalDate lunarNewYear = VietnameseLunarCalendar.toSolar(1, 1, year);
            LocalDate hungKings = VietnameseLunarCalendar.toSolar(10, 3, year);
            assertThat(calendar.holiday(hungKings)).as("Hùng Kings' day %d", year)
                    .hasValueSatisfying(h -> assertThat(h.nameVi()).isEqualTo("Giỗ Tổ Hùng Vương"));
            assertThat(holidaysOf(year)).filteredOn(h -> h.nameVi().equals("Giỗ Tổ Hùng Vương"))
                    .extracting(PublicHoliday::date).containsExactly(hungKings);
            assertThat(calendar.isWorkingDay(lunarNewYear)).as("lunar new year %d", year).isFalse();
            assertThat(tetDaysOf(year)).as("Tết days of %d", year)
                    .allSatisfy(d -> assertThat(d).isBetween(lunarNewYear.minusDays(2), lunarNewYear.plusDays(4)));
        }
        // Years not yet announced: last day of the old lunar year + first 4 days of the new one.
        for (int year = 2027; year <= 2030; year++) {
            LocalDate lastDay = VietnameseLunarCalendar.toSolar(1, 1, year).minusDays(1);
            assertThat(tetDaysOf(year)).as("Tết days of %d", year).containsExactly(lastDay, lastDay.plusDays(1),
                    lastDay.plusDays(2), lastDay.plusDays(3), lastDay.plusDays(4));
        }
    }

    @Test
    void tet2030FollowsTheVietnameseNotTheChineseNewYear() {
        // New moon on 2 Feb 2030 at about 23:08 UTC+7, i.e. 3 Feb in China (UTC+8): Tết is Sat 2 Feb in Vietnam.
        assertThat(VietnameseLunarCalendar.toSolar(1, 1, 2030)).isEqualTo(date("2030-02-02"));
        assertThat(tetDaysOf(2030)).containsExactly(date("2030-02-01"), date("2030-02-02"), date("2030-02-03"),
                date("2030-02-04"), date("2030-02-05"));
        assertThat(calendar.holiday(date("2030-02-06")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        assertThat(calendar.holiday(date("2030-02-07")).map(PublicHoliday::kind)).hasValue(Kind.COMPENSATORY);
        // Thursday 31 Jan 2030 + 1 working day: 1-7 February are off, so Friday 8 February.
        assertThat(calendar.plusWorkingDays(date("2030-01-31"), 1)).isEqualTo(date("2030-02-08"));
    }

    @Test
    void lunarCrossCheckAgreesWithKnownVietnameseDates() {
        // Known Vietnamese lunar new years, including years where Vietnam (UTC+7) differs from China (UTC+8).
        assertThat(VietnameseLunarCalendar.toSolar(1, 1, 1985)).isEqualTo(date("1985-01-21"));
        assertThat(VietnameseLunarCalendar.toSolar(1, 1, 2007)).isEqualTo(date("2007-02-17"));
        assertThat(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029).stream()
                .map(y -> VietnameseLunarCalendar.toSolar(1, 1, y)).collect(Collectors.toList()))
                .containsExactly(date("2020-01-25"), date("2021-02-12"), date("2022-02-01"), date("2023-01-22"),
                        date("2024-02-10"), date("2025-01-29"), date("2026-02-17"), date("2027-02-06"),
                        date("2028-01-26"), date("2029-02-13"));
        // 2023 has a leap second month, so the 10th day of the 3rd month is 29 April.
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, 2023)).isEqualTo(date("2023-04-29"));
    }

    @Test
    void holidaysExposeTheirNamesAndKinds() {
        assertThat(calendar.holiday(date("2026-09-02")))
                .hasValue(new PublicHoliday(date("2026-09-02"), "Quốc khánh", "National Day", Kind.STATUTORY));
        assertThat(calendar.holiday(date("2026-01-01")).map(PublicHoliday::nameEn)).hasValue("New Year's Day");
        assertThat(calendar.holiday(date("2026-03-06"))).isEmpty();
        assertThat(calendar.holidays()).extracting(PublicHoliday::date).isSorted().doesNotHaveDuplicates();
        assertThatThrownBy(() -> calendar.holidays().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theVietnameseCalendarIsLoadedOnce() {
        assertThat(WorkingCalendar.vietnam()).isSameAs(calendar);
        assertThat(calendar).hasToString("WorkingCalendar[2020..2030, " + calendar.holidays().size() + " holidays, "
                + DAY_SWAPS.size() + " make-up days]");
    }

    // --- years outside the table -----------------------------------------------------------------------------

    @Test
    void yearsOutsideTheTableStillSkipWeekendsAndSolarHolidays() {
        // 2031: 30 April is a Wednesday and 1 May a Thursday; Tue 29 Apr + 1 = Fri 2 May.
        assertThat(calendar.plusWorkingDays(date("2031-04-29"), 1)).isEqualTo(date("2031-05-02"));
        assertThat(calendar.holiday(date("2031-09-02")))
                .hasValue(new PublicHoliday(date("2031-09-02"), "Quốc khánh", "National Day", Kind.STATUTORY));
        // Across the end of the table: Tue 31 Dec 2030, Wed 1 Jan 2031 off, Thu 2, Fri 3.
        assertThat(calendar.plusWorkingDays(date("2030-12-31"), 2)).isEqualTo(date("2031-01-03"));
        // 2019: 2 September is a Monday; Fri 30 Aug + 1 = Tue 3 Sep.
        assertThat(calendar.plusWorkingDays(date("2019-08-30"), 1)).isEqualTo(date("2019-09-03"));
        // Unknown lunar holidays are working days there: Tết 2031 (Thursday 23 January) is not known.
        assertThat(calendar.isWorkingDay(date("2031-01-23"))).isTrue();
        assertThat(calendar.holiday(date("2031-01-23"))).isEmpty();
        // Far outside the table the count still ends and stays consistent.
        LocalDate farAway = calendar.plusWorkingDays(date("2100-01-01"), 1000);
        assertThat(calendar.workingDaysBetween(date("2100-01-01"), farAway)).isEqualTo(1000);
    }

    // --- reading a table -------------------------------------------------------------------------------------

    @Test
    void parseAcceptsCommentsBlankLinesQuotesAndAByteOrderMark() {
        WorkingCalendar parsed = WorkingCalendar.parse(new StringReader("\uFEFF# a comment\n\n" + HEADER
                + "  # an indented comment\n"
                + "2026-01-01,\"Tết, Dương lịch\",\"New Year's \"\"Day\"\"\",STATUTORY\n"
                + "2026-01-02 , Nghỉ hoán đổi , Swapped day off , DECREED\n"
                + "2026-01-04,\"Làm bù, Chủ nhật\",Make-up working day,MAKE_UP_WORKDAY\n"));
        assertThat(parsed.holidays()).containsExactly(
                new PublicHoliday(date("2026-01-01"), "Tết, Dương lịch", "New Year's \"Day\"", Kind.STATUTORY),
                new PublicHoliday(date("2026-01-02"), "Nghỉ hoán đổi", "Swapped day off", Kind.DECREED));
        assertThat(parsed.makeUpWorkdays())
                .containsExactly(new MakeUpWorkday(date("2026-01-04"), "Làm bù, Chủ nhật", "Make-up working day"));
        assertThat(parsed.isWorkingDay(date("2026-01-04"))).as("a make-up Sunday").isTrue();
        assertThat(parsed.isWorkingDay(date("2026-01-03"))).as("an ordinary Saturday").isFalse();
        assertThat(parsed.firstYear()).isEqualTo(2026);
        assertThat(parsed.lastYear()).isEqualTo(2026);
        // Outside its single year only the solar holidays are known.
        assertThat(parsed.isWorkingDay(date("2027-01-01"))).isFalse();
        assertThat(parsed.isWorkingDay(date("2026-04-30"))).isTrue();
    }

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of("2026-02-16,Tết Nguyên đán,STATUTORY", "expected 4 fields"),
                Arguments.of("2026-02-30,Tết Nguyên đán,Lunar New Year,STATUTORY", "invalid date '2026-02-30'"),
                Arguments.of("16/02/2026,Tết Nguyên đán,Lunar New Year,STATUTORY", "invalid date '16/02/2026'"),
                Arguments.of("2026-02-16,Tết Nguyên đán,Lunar New Year,HOLIDAY",
                        "unknown kind 'HOLIDAY', expected one of [STATUTORY, COMPENSATORY, DECREED, MAKE_UP_WORKDAY]"),
                Arguments.of("2026-02-16,,Lunar New Year,STATUTORY", "must not be empty"),
                Arguments.of("2026-02-16,\"Tết Nguyên đán,Lunar New Year,STATUTORY", "quoted field is not closed"),
                Arguments.of("2026-02-14,Nghỉ bù,Compensatory day off,COMPENSATORY", "falls on a SATURDAY"));
    }

    @ParameterizedTest
    @MethodSource("malformedRows")
    void malformedTableIsRejectedWithItsLineNumber(String badRow, String problem) {
        String table = "# Vietnamese holidays\n" + HEADER + "2026-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "\n" + badRow + "\n";
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(table)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining(problem);
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRejectedWithItsLineNumber() {
        String table = "# Vietnamese holidays\n" + HEADER + "2026-01-02,Nghỉ hoán đổi,Swapped day off,DECREED\n"
                + "\n" + "2026-01-09,Làm bù,Make-up working day,MAKE_UP_WORKDAY\n";
        assertThatThrownBy(() -> parse(table))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("2026-01-09 falls on a FRIDAY")
                .hasMessageContaining("only a Saturday or Sunday");
        assertThatThrownBy(() -> new MakeUpWorkday(date("2026-01-09"), "Làm bù", "Make-up working day"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FRIDAY");
    }

    @Test
    void aMakeUpDayCannotShareItsDateWithAHoliday() {
        String table = HEADER + "2026-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "2026-01-03,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "2026-01-03,Làm bù,Make-up working day,MAKE_UP_WORKDAY\n";
        assertThatThrownBy(() -> parse(table))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("duplicate date 2026-01-03");
    }

    @Test
    void aMakeUpDayInTheNextYearDoesNotExtendTheCoveredYears() {
        // A swap across the new year: Tuesday 31 December 2030 off, Saturday 4 January 2031 worked.
        WorkingCalendar parsed = parse(HEADER + "2030-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "2030-12-31,Nghỉ hoán đổi,Swapped day off,DECREED\n"
                + "2031-01-04,Làm bù,Make-up working day,MAKE_UP_WORKDAY\n");
        assertThat(parsed.lastYear()).isEqualTo(2030);
        assertThat(parsed.covers(2031)).isFalse();
        assertThat(parsed.holiday(date("2031-01-01")).map(PublicHoliday::nameEn)).hasValue("New Year's Day");
        assertThat(parsed.isWorkingDay(date("2031-01-04"))).isTrue();
        // Monday 30 December 2030: Tue 31 and Wed 1 January off, Thu 2 (1), Fri 3 (2), Sat 4 (3).
        assertThat(parsed.plusWorkingDays(date("2030-12-30"), 3)).isEqualTo(date("2031-01-04"));
        assertThatThrownBy(() -> parse(HEADER + "2031-01-04,Làm bù,Make-up working day,MAKE_UP_WORKDAY\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no holiday rows");
    }

    @Test
    void duplicateDatesAreRejected() {
        String table = HEADER + "2026-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "2026-04-30,Ngày Chiến thắng,Reunification Day,STATUTORY\n"
                + "2026-04-30,Ngày Chiến thắng,Reunification Day,STATUTORY\n";
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(table)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("duplicate date 2026-04-30")
                .hasMessageContaining("line 3");
    }

    @Test
    void unsortedRowsAreRejected() {
        String table = HEADER + "2026-05-01,Quốc tế Lao động,International Labour Day,STATUTORY\n"
                + "2026-04-30,Ngày Chiến thắng,Reunification Day,STATUTORY\n";
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(table)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("not sorted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "name,date\n2026-01-01,x,y,STATUTORY\n"})
    void tableWithoutHeaderIsRejected(String table) {
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(table)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(HEADER.strip());
    }

    @Test
    void tableWithoutRowsOrWithAMissingYearIsRejected() {
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(HEADER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no holiday rows");
        String gap = HEADER + "2026-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n"
                + "2028-01-01,Tết Dương lịch,New Year's Day,STATUTORY\n";
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(gap)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rows for year 2027");
    }

    /**
     * Independent cross-check of the lunar dates of the table: the Vietnamese lunar calendar for UTC+7 in the way
     * described by Hồ Ngọc Đức (mean new moons corrected with the main periodic terms, month 11 holds the winter
     * solstice, the leap month is the first month without a major solar term).
     */
    static final class VietnameseLunarCalendar {

        private static final double TIME_ZONE_HOURS = 7.0;
        private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
        private static final double SYNODIC_MONTH = 29.530588853;
        private static final double FIRST_NEW_MOON_1900 = 2_415_021.076998695;
        private static final double DEGREE = Math.PI / 180;

        private VietnameseLunarCalendar() {
        }

        /** Returns the Gregorian date of a day of a non-leap lunar month. */
        static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
            long month11Before;
            long month11After;
            if (lunarMonth < 11) {
                month11Before = month11(lunarYear - 1);
                month11After = month11(lunarYear);
            } else {
                month11Before = month11(lunarYear);
                month11After = month11(lunarYear + 1);
            }
            long k = (long) Math.floor(0.5 + (month11Before - FIRST_NEW_MOON_1900) / SYNODIC_MONTH);
            int offset = Math.floorMod(lunarMonth - 11, 12);
            if (month11After - month11Before > 365 && offset >= leapMonthOffset(month11Before)) {
                offset++;
            }
            long julianDay = newMoonDay(k + offset) + lunarDay - 1;
            return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
        }

        /** Julian day number of the day (local time) of the month 11 that contains the winter solstice. */
        private static long month11(int year) {
            long offset = LocalDate.of(year, 12, 31).toEpochDay() + JULIAN_DAY_OF_EPOCH - 2_415_021L;
            long k = (long) Math.floor(offset / SYNODIC_MONTH);
            long newMoon = newMoonDay(k);
            return sunSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
        }

        /** Months after month 11 until the first one whose start keeps the same solar term sector. */
        private static int leapMonthOffset(long month11) {
            long k = (long) Math.floor((month11 - FIRST_NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
            int i = 1;
            int sector = sunSector(newMoonDay(k + i));
            int previous;
            do {
                previous = sector;
                i++;
                sector = sunSector(newMoonDay(k + i));
            } while (sector != previous && i < 14);
            return i - 1;
        }

        private static long newMoonDay(long k) {
            return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
        }

        /** Julian date (UT) of the k-th new moon after the one of January 1900. */
        private static double newMoon(long k) {
            double t = k / 1236.85;
            double t2 = t * t;
            double t3 = t2 * t;
            double meanNewMoon = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                    + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
            double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
            double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
            double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
            double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly)
                    - 0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly)
                    - 0.0004 * Math.sin(3 * moonAnomaly)
                    + 0.0104 * Math.sin(2 * latitude) - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                    - 0.0074 * Math.sin(sunAnomaly - moonAnomaly) + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
                    - 0.0004 * Math.sin(2 * latitude - sunAnomaly) - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
                    + 0.0010 * Math.sin(2 * latitude - moonAnomaly) + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
            double deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
            return meanNewMoon + correction - deltaT;
        }

        /** Solar longitude at the start of a local day, as one of 12 sectors of 30 degrees. */
        private static int sunSector(long julianDay) {
            double t = (julianDay - 0.5 - TIME_ZONE_HOURS / 24 - 2_451_545.0) / 36525;
            double t2 = t * t;
            double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEGREE;
            double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
            double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                    + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) + 0.000290 * Math.sin(3 * meanAnomaly);
            double longitude = (meanLongitude + center) * DEGREE;
            longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
            return (int) Math.floor(longitude / Math.PI * 6);
        }
    }
}
