package vn.treem.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorDefinition;

/** Small counts hidden below province level, and the figures withheld so that they cannot be recovered from a total. */
class SmallCountRuleTest {

    static final IndicatorDefinition INTAKES = IndicatorCatalog.find(IndicatorCatalog.INTAKES_RECEIVED).orElseThrow();
    static final IndicatorDefinition PLANS = IndicatorCatalog.find(IndicatorCatalog.PLANS_ISSUED).orElseThrow();
    static final IndicatorDefinition SHARE = IndicatorCatalog
            .find(IndicatorCatalog.ABUSED_CHILDREN_INTERVENTION_SHARE).orElseThrow();

    @Test
    void aCommuneCountFromOneToFourIsHiddenAndZeroAndProvinceFiguresAreShown() {
        assertThat(SmallCountRule.apply(INTAKES.code(), Figure.count(3), AdminUnit.Level.COMMUNE).text())
                .isEqualTo("<5");
        assertThat(SmallCountRule.apply(INTAKES.code(), Figure.count(0), AdminUnit.Level.COMMUNE).text())
                .isEqualTo("0");
        assertThat(SmallCountRule.apply(INTAKES.code(), Figure.count(3), AdminUnit.Level.PROVINCE).text())
                .isEqualTo("3");
        assertThat(SmallCountRule.apply(PLANS.code(), Figure.count(1), AdminUnit.Level.COMMUNE).text())
                .isEqualTo("1");
    }

    @Test
    void aSingleHiddenCountInAColumnWithATotalHasTheSmallestNonZeroOtherCountWithheldToo() {
        List<ConsolidatedReport.Row> rows = List.of(
                row("00001", 3, 7), row("00002", 0, 9), row("00003", 12, 6), row("00004", 8, 11));

        List<ConsolidatedReport.Row> shown = SmallCountRule.complement(List.of(INTAKES, PLANS), rows,
                total(23, 33));

        assertThat(texts(shown, 0)).containsExactly("<5", "0", "12", "x");
        assertThat(texts(shown, 1)).as("plans are about no child").containsExactly("7", "9", "6", "11");
        assertThat(shown.get(3).figures().get(0).complementary()).isTrue();
    }

    @Test
    void twoHiddenCountsAlreadyProtectEachOtherAndAZeroIsWithheldWhenNothingElseIsShown() {
        List<ConsolidatedReport.Row> two = List.of(row("00001", 2, 0), row("00002", 4, 0), row("00003", 30, 0));
        assertThat(texts(SmallCountRule.complement(List.of(INTAKES), two, total(36, 0)), 0))
                .containsExactly("<5", "<5", "30");

        List<ConsolidatedReport.Row> zeros = List.of(row("00001", 2, 0), row("00002", 0, 0));
        assertThat(texts(SmallCountRule.complement(List.of(INTAKES), zeros, total(2, 0)), 0))
                .containsExactly("<5", "x");
    }

    @Test
    void sharesAreLeftAsTheyAre() {
        ConsolidatedReport.Row small = new ConsolidatedReport.Row(commune("00001"),
                List.of(SmallCountRule.apply(SHARE.code(), Figure.share(BigDecimal.valueOf(50), 1, 2),
                        AdminUnit.Level.COMMUNE)));
        ConsolidatedReport.Row large = new ConsolidatedReport.Row(commune("00002"),
                List.of(Figure.share(BigDecimal.valueOf(80), 8, 10)));
        ConsolidatedReport.Row total = new ConsolidatedReport.Row(province(),
                List.of(Figure.share(BigDecimal.valueOf(75), 9, 12)));

        assertThat(texts(SmallCountRule.complement(List.of(SHARE), List.of(small, large), total), 0))
                .containsExactly("<5", "80.0");
    }

    private static ConsolidatedReport.Row row(String commune, long intakes, long plans) {
        return new ConsolidatedReport.Row(commune(commune), List.of(
                SmallCountRule.apply(INTAKES.code(), Figure.count(intakes), AdminUnit.Level.COMMUNE),
                SmallCountRule.apply(PLANS.code(), Figure.count(plans), AdminUnit.Level.COMMUNE)));
    }

    private static ConsolidatedReport.Row total(long intakes, long plans) {
        return new ConsolidatedReport.Row(province(), List.of(Figure.count(intakes), Figure.count(plans)));
    }

    private static List<String> texts(List<ConsolidatedReport.Row> rows, int column) {
        return rows.stream().map(r -> r.figures().get(column).text()).toList();
    }

    private static AdminUnit commune(String code) {
        return new AdminUnit(code, code, AdminUnit.Level.COMMUNE, "01", "2026", LocalDate.of(2025, 7, 1), null);
    }

    private static AdminUnit province() {
        return new AdminUnit("01", "Hà Nội", AdminUnit.Level.PROVINCE, "VN", "2026", LocalDate.of(2025, 7, 1), null);
    }
}
