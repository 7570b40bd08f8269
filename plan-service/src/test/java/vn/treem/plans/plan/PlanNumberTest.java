package vn.treem.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanNumberTest {

    @Test
    void spacesAroundSlashesAreIgnored() {
        // As typed in the Thái Bình plan: "Số: 42 /KH-UBND".
        assertThat(PlanNumber.normalize("42 /KH-UBND")).isEqualTo("42/KH-UBND");
        assertThat(PlanNumber.normalize("  181 / KH - UBND ")).isEqualTo("181/KH - UBND");
        assertThat(PlanNumber.normalize("42/KH-UBND")).isEqualTo("42/KH-UBND");
    }

    @Test
    void aBlankNumberOrOneWithoutItsSequenceIsNoNumber() {
        // Drafts leave the sequence blank: "Số: /KH-UBND".
        assertThat(PlanNumber.normalize(null)).isNull();
        assertThat(PlanNumber.normalize("   ")).isNull();
        assertThat(PlanNumber.normalize(" /KH-UBND")).isNull();
    }
}
