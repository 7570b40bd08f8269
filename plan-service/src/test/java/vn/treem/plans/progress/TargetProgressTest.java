package vn.treem.plans.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.treem.plans.content.Comparator;
import vn.treem.plans.content.PlanContent;

/** The on-track rule of docs/plan-progress.md on the targets of the Mường Tè plan. */
class TargetProgressTest {

    /** "Tỷ lệ xã, thị trấn phù hợp với trẻ em đạt 50%" by 2025, from 30% in 2021. */
    static final PlanContent.Target FIFTY_BY_2025 = new PlanContent.Target(2025, Comparator.AT_LEAST,
            new BigDecimal("50"), null);
    static final PlanContent.Baseline THIRTY_IN_2021 = new PlanContent.Baseline(new BigDecimal("30"), 2021);
    /** "Giảm tỷ lệ suy dinh dưỡng … xuống dưới 19%" by 2025, from 23% in 2021. */
    static final PlanContent.Target BELOW_19_BY_2025 = new PlanContent.Target(2025, Comparator.BELOW,
            new BigDecimal("19"), null);
    static final PlanContent.Baseline TWENTY_THREE_IN_2021 = new PlanContent.Baseline(new BigDecimal("23"), 2021);

    @Test
    void withoutAnActualValueThereIsNoData() {
        assertThat(TargetProgress.judge(FIFTY_BY_2025, THIRTY_IN_2021, null, null)).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void aTargetAlreadyMetIsOnTrack() {
        assertThat(judge(FIFTY_BY_2025, THIRTY_IN_2021, 2023, "51")).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(judge(BELOW_19_BY_2025, TWENTY_THREE_IN_2021, 2024, "18.5")).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void onTheLineFromBaselineToTargetIsOnTrack() {
        // 2023: halfway from 2021 to 2025, so 40% is expected.
        assertThat(judge(FIFTY_BY_2025, THIRTY_IN_2021, 2023, "40")).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(judge(BELOW_19_BY_2025, TWENTY_THREE_IN_2021, 2023, "21")).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void slightlyBehindTheLineIsAtRiskAndFarBehindIsOffTrack() {
        // Expected 40 in 2023; a tenth of the 20-point distance is 2 points.
        assertThat(judge(FIFTY_BY_2025, THIRTY_IN_2021, 2023, "38.5")).isEqualTo(TargetStatus.AT_RISK);
        assertThat(judge(FIFTY_BY_2025, THIRTY_IN_2021, 2023, "35")).isEqualTo(TargetStatus.OFF_TRACK);
        // Decreasing: expected 21 in 2023; 21.3 is behind by less than 0.4, 22.5 by more.
        assertThat(judge(BELOW_19_BY_2025, TWENTY_THREE_IN_2021, 2023, "21.3")).isEqualTo(TargetStatus.AT_RISK);
        assertThat(judge(BELOW_19_BY_2025, TWENTY_THREE_IN_2021, 2023, "22.5")).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void aTargetMissedInItsYearIsOffTrack() {
        assertThat(judge(FIFTY_BY_2025, THIRTY_IN_2021, 2025, "49.9")).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(judge(BELOW_19_BY_2025, TWENTY_THREE_IN_2021, 2025, "19")).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void withoutABaselineAnUnmetTargetBeforeItsYearIsAtRisk() {
        assertThat(judge(FIFTY_BY_2025, null, 2023, "10")).isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void aRangeIsMetWithinItsBounds() {
        PlanContent.Target range = new PlanContent.Target(2030, Comparator.RANGE, new BigDecimal("0.4"),
                new BigDecimal("0.7"));

        assertThat(judge(range, null, 2030, "0.5")).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(judge(range, null, 2030, "0.8")).isEqualTo(TargetStatus.OFF_TRACK);
    }

    private static TargetStatus judge(PlanContent.Target target, PlanContent.Baseline baseline, int year,
            String actual) {
        return TargetProgress.judge(target, baseline, year, new BigDecimal(actual));
    }
}
