package vn.treem.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which period each due date of a reporting rule covers, and which reports a plan's years expect. */
class ReportCalendarTest {

    @Test
    void aSemiAnnualRuleDueOnTenMayAndTenNovemberCoversTheTwoHalves() {
        assertThat(ReportCalendar.schedule(ReportingRegime.SEMI_ANNUAL,
                List.of(MonthDay.of(5, 10), MonthDay.of(11, 10)), 2026, 2027))
                .extracting(ReportCalendar.Due::periodCode, ReportCalendar.Due::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026H1", LocalDate.of(2026, 5, 10)),
                        org.assertj.core.groups.Tuple.tuple("2026H2", LocalDate.of(2026, 11, 10)),
                        org.assertj.core.groups.Tuple.tuple("2027H1", LocalDate.of(2027, 5, 10)),
                        org.assertj.core.groups.Tuple.tuple("2027H2", LocalDate.of(2027, 11, 10)));
    }

    @Test
    void aDueDateInTheFirstMonthOfAPeriodCoversThePeriodJustEnded() {
        assertThat(ReportCalendar.covering(ReportingRegime.ANNUAL, LocalDate.of(2027, 1, 15)).periodCode())
                .isEqualTo("2026");
        assertThat(ReportCalendar.covering(ReportingRegime.QUARTERLY, LocalDate.of(2026, 4, 10)).periodCode())
                .isEqualTo("2026Q1");
        assertThat(ReportCalendar.covering(ReportingRegime.QUARTERLY, LocalDate.of(2026, 1, 10)).periodCode())
                .isEqualTo("2025Q4");
        assertThat(ReportCalendar.covering(ReportingRegime.QUARTERLY, LocalDate.of(2026, 3, 15)).periodCode())
                .isEqualTo("2026Q1");
        assertThat(ReportCalendar.covering(ReportingRegime.SEMI_ANNUAL, LocalDate.of(2026, 7, 5)).periodCode())
                .isEqualTo("2026H1");
        assertThat(ReportCalendar.covering(ReportingRegime.ANNUAL, LocalDate.of(2026, 11, 25)).periodCode())
                .isEqualTo("2026");
    }

    @Test
    void onlyPeriodsWithinThePlanYearsAreExpected() {
        assertThat(ReportCalendar.schedule(ReportingRegime.ANNUAL, List.of(MonthDay.of(1, 15)), 2026, 2027))
                .extracting(ReportCalendar.Due::periodCode, ReportCalendar.Due::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026", LocalDate.of(2027, 1, 15)),
                        org.assertj.core.groups.Tuple.tuple("2027", LocalDate.of(2028, 1, 15)));
    }

    @Test
    void aMonthlyRuleWithOneDueDateExpectsAReportEveryMonthOnThatDay() {
        List<ReportCalendar.Due> months = ReportCalendar.schedule(ReportingRegime.MONTHLY,
                List.of(MonthDay.of(1, 31)), 2026, 2026);
        assertThat(months).hasSize(12);
        assertThat(months.get(1).periodCode()).isEqualTo("2026-02");
        assertThat(months.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void adHocRulesExpectNothingAheadOfTime() {
        assertThat(ReportCalendar.schedule(ReportingRegime.AD_HOC, List.of(MonthDay.of(5, 10)), 2026, 2026))
                .isEmpty();
    }

    @Test
    void aDueDateIsMonthThenDay() {
        assertThat(ReportCalendar.dueDay("05-10")).isEqualTo(MonthDay.of(5, 10));
        assertThatThrownBy(() -> ReportCalendar.dueDay("10/05")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportCalendar.dueDay("13-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
