package vn.treem.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Property-based tests of document numbers as callers and imported documents type them (any text): normalising is
 * stable, never leaves untidy spaces, and typing the same number with other spacing names the same plan.
 */
class PlanNumberProperties {

    private static final long SEED = 20261123L;

    @Test
    void normalisingAnyTextIsStableAndTidy() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    String normalized = PlanNumber.normalize(text);
                    if (normalized == null) {
                        return;
                    }
                    assertThat(PlanNumber.normalize(normalized)).as("twice = once").isEqualTo(normalized);
                    assertThat(normalized).isEqualTo(normalized.strip()).doesNotContain("  ").doesNotStartWith("/")
                            .doesNotContain(" /").doesNotContain("/ ").isNotBlank();
                });
    }

    @Test
    void theSameNumberTypedWithOtherSpacingIsTheSameNumber() {
        List<String> kinds = List.of("KH-UBND", "QĐ-UBND", "KH-SLĐTBXH", "CT-TTg");
        List<String> spaces = List.of("", " ", "  ", "\t", " \u00a0");
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(integers().between(1, 9999), Generate.pick(kinds), Generate.pick(spaces),
                        Generate.pick(spaces))
                .checkAssert((n, kind, before, after) -> {
                    String tidy = n + "/" + kind;
                    String typed = " " + n + before + "/" + after + kind + " ";
                    assertThat(PlanNumber.normalize(typed)).as("'" + typed + "'").isEqualTo(tidy);
                });
    }

    @Test
    void onlyTheDocumentKindIsNoNumber() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 10))
                .checkAssert(kind -> assertThat(PlanNumber.normalize("  /" + kind)).isNull());
    }
}
