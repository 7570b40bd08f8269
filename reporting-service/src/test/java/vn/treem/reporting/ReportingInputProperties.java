package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.exports.Figure;
import vn.treem.reporting.exports.SmallCountRule;
import vn.treem.reporting.indicators.Period;

/**
 * Property-based tests of what reporting-service takes from outside: period codes in queries, and the small-count rule
 * that keeps a child from being re-identified in exports.
 */
class ReportingInputProperties {

    private static final long SEED = 20261123L;

    @Test
    void anyTextIsEitherNoPeriodOrAWellFormedOne() {
        qt().withFixedSeed(SEED).withExamples(3000)
                .forAll(Generate.oneOf(strings().allPossible().ofLengthBetween(0, 12),
                        strings().betweenCodePoints('-', 'Z').ofLengthBetween(4, 7)))
                .checkAssert(code -> Period.parse(code).ifPresent(period -> {
                    assertThat(period.code()).isEqualTo(code);
                    assertThat(period.firstMonth().getYear()).isEqualTo(period.lastMonth().getYear());
                    long months = ChronoUnit.MONTHS.between(period.firstMonth(), period.lastMonth()) + 1;
                    assertThat(months).as(code).isIn(1L, 3L, 6L, 12L);
                    assertThat(period.firstDay()).isBeforeOrEqualTo(period.lastDay());
                }));
    }

    @Test
    void everyWellFormedCodeIsAPeriodOfItsLength() {
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(integers().between(1000, 9999), Generate.pick(List.of("", "H", "Q", "-")),
                        integers().between(1, 12))
                .checkAssert((year, form, part) -> {
                    String code = switch (form) {
                        case "H" -> year + "H" + (1 + part % 2);
                        case "Q" -> year + "Q" + (1 + part % 4);
                        case "-" -> year + "-" + String.format("%02d", part);
                        default -> String.valueOf(year);
                    };
                    Period period = Period.parse(code).orElseThrow(() -> new AssertionError(code));
                    long months = ChronoUnit.MONTHS.between(period.firstMonth(), period.lastMonth()) + 1;
                    assertThat(months).as(code).isEqualTo(switch (form) {
                        case "H" -> 6L;
                        case "Q" -> 3L;
                        case "-" -> 1L;
                        default -> 12L;
                    });
                });
    }

    @Test
    void belowProvinceLevelCountsFromOneToFourAreNeverShown() {
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(longs().between(0, 1_000_000), Generate.enumValues(AdminUnit.Level.class))
                .checkAssert((count, level) -> {
                    Figure shown = SmallCountRule.apply("INTAKES_RECEIVED", Figure.count(count), level);
                    boolean small = count >= 1 && count <= 4;
                    boolean belowProvince = level == AdminUnit.Level.COMMUNE || level == AdminUnit.Level.DISTRICT;
                    assertThat(shown.suppressed()).as(count + " in a " + level).isEqualTo(small && belowProvince);
                    if (!shown.suppressed()) {
                        assertThat(shown.value().longValueExact()).isEqualTo(count);
                    }
                    assertThat(SmallCountRule.apply("PLANS_ISSUED", Figure.count(count), level).suppressed())
                            .as("plans are about no child").isFalse();
                });
    }
}
