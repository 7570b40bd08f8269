package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.treem.reporting.indicators.Period;
import vn.treem.reporting.indicators.PeriodType;

class PeriodTest {

    @Test
    void aYearCoversItsTwelveMonths() {
        Period year = Period.parse("2026").orElseThrow();

        assertThat(year.type()).isEqualTo(PeriodType.YEAR);
        assertThat(year.firstMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(year.lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void halfYearsSplitAtTheEndOfJune() {
        Period first = Period.parse("2026H1").orElseThrow();
        Period second = Period.parse("2026H2").orElseThrow();

        assertThat(first.type()).isEqualTo(PeriodType.HALF_YEAR);
        assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(second.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void quartersAreThreeMonthsEach() {
        assertThat(Period.parse("2026Q1").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        Period third = Period.parse("2026Q3").orElseThrow();
        assertThat(third.type()).isEqualTo(PeriodType.QUARTER);
        assertThat(third.firstMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(third.lastMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(Period.parse("2026Q4").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aMonthEndsOnItsLastDayEvenInALeapYear() {
        Period february = Period.parse("2024-02").orElseThrow();

        assertThat(february.type()).isEqualTo(PeriodType.MONTH);
        assertThat(february.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theCodeIsKeptAsWritten() {
        assertThat(Period.parse("2026-05").orElseThrow().code()).isEqualTo("2026-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "26", "20261", "2026H3", "2026H0", "2026Q0", "2026Q5", "2026-00", "2026-13",
            "2026-5", "2026h1", "2026q1", "2026 ", "H1 2026", "2026-05-01", "0000", "năm 2026"})
    void anythingElseIsNoPeriod(String code) {
        assertThat(Period.parse(code)).isEmpty();
    }

    @Test
    void nullIsNoPeriod() {
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void aPeriodThatIsOverIsSeenInTheHierarchyOfItsLastDay() {
        assertThat(Period.parse("2022").orElseThrow().hierarchyDate(LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Period.parse("2025H1").orElseThrow().hierarchyDate(LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aPeriodNotYetOverIsSeenInTodaysHierarchy() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(Period.parse("2026").orElseThrow().hierarchyDate(today)).isEqualTo(today);
        assertThat(Period.parse("2026-11").orElseThrow().hierarchyDate(today)).isEqualTo(today);
        assertThat(Period.parse("2027Q1").orElseThrow().hierarchyDate(today)).isEqualTo(today);
    }
}
