package vn.treem.plans.progress;

import java.math.BigDecimal;
import java.math.MathContext;

import vn.treem.plans.content.Comparator;
import vn.treem.plans.content.PlanContent;

/**
 * The rule that judges an indicator's latest actual value against its target (docs/plan-progress.md):
 * <ol>
 * <li>No actual value: {@code NO_DATA}.</li>
 * <li>The actual already satisfies the target's comparator: {@code ON_TRACK}.</li>
 * <li>The target year has passed (actual of the target year or later) and it is not met: {@code OFF_TRACK}.</li>
 * <li>Before the target year, with a baseline: the value expected now is interpolated linearly between the baseline
 * (value, year) and the target (value, year). Meeting the expected value is {@code ON_TRACK}; missing it by at most a
 * tenth of the whole baseline-to-target distance is {@code AT_RISK}; more is {@code OFF_TRACK}.</li>
 * <li>Before the target year, without a baseline: {@code AT_RISK} (not met yet, progress unknown).</li>
 * </ol>
 * For a RANGE target, "met" means within the range and the bound towards which the indicator moves is used for the
 * trajectory.
 */
public final class TargetProgress {

    static final BigDecimal TOLERANCE_SHARE = new BigDecimal("0.1");

    private TargetProgress() {
    }

    public static TargetStatus judge(PlanContent.Target target, PlanContent.Baseline baseline, Integer actualYear,
            BigDecimal actual) {
        if (actual == null) {
            return TargetStatus.NO_DATA;
        }
        if (meets(target, actual)) {
            return TargetStatus.ON_TRACK;
        }
        if (actualYear >= target.year()) {
            return TargetStatus.OFF_TRACK;
        }
        if (baseline == null || baseline.year() >= target.year()) {
            return TargetStatus.AT_RISK;
        }
        BigDecimal goal = goal(target, baseline);
        BigDecimal span = BigDecimal.valueOf(target.year() - baseline.year());
        BigDecimal elapsed = BigDecimal.valueOf(Math.max(0, actualYear - baseline.year()));
        BigDecimal distance = goal.subtract(baseline.value());
        BigDecimal expected = baseline.value().add(distance.multiply(elapsed).divide(span, MathContext.DECIMAL64));
        boolean increasing = distance.signum() >= 0;
        BigDecimal shortfall = increasing ? expected.subtract(actual) : actual.subtract(expected);
        if (shortfall.signum() <= 0) {
            return TargetStatus.ON_TRACK;
        }
        return shortfall.compareTo(distance.abs().multiply(TOLERANCE_SHARE)) <= 0
                ? TargetStatus.AT_RISK
                : TargetStatus.OFF_TRACK;
    }

    static boolean meets(PlanContent.Target target, BigDecimal actual) {
        int vsValue = actual.compareTo(target.value());
        return switch (target.comparator()) {
            case AT_LEAST -> vsValue >= 0;
            case ABOVE -> vsValue > 0;
            case AT_MOST -> vsValue <= 0;
            case BELOW -> vsValue < 0;
            case EQUAL -> vsValue == 0;
            case RANGE -> vsValue >= 0 && target.upperValue() != null && actual.compareTo(target.upperValue()) <= 0;
        };
    }

    /** The value the trajectory aims at: the target, or for a range the bound nearer to the baseline. */
    private static BigDecimal goal(PlanContent.Target target, PlanContent.Baseline baseline) {
        if (target.comparator() == Comparator.RANGE && target.upperValue() != null
                && baseline.value().compareTo(target.upperValue()) > 0) {
            return target.upperValue();
        }
        return target.value();
    }
}
