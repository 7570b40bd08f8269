package vn.treem.reporting.progress;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rule that judges an actual value against a yearly target — the same rule as plan-service's progress
 * (docs/plan-progress.md), applied here to actuals computed from case data and taken from accepted reports:
 * <ol>
 * <li>no actual value: {@code NO_DATA};</li>
 * <li>the actual satisfies the target's comparator: {@code ON_TRACK};</li>
 * <li>the target's year has come and it is not met: {@code OFF_TRACK};</li>
 * <li>before the target year, with a baseline: meeting the value expected on the straight line from the baseline
 * (value, year) to the target (value, year) is {@code ON_TRACK}; missing it by at most a tenth of the whole distance is
 * {@code AT_RISK}; more is {@code OFF_TRACK};</li>
 * <li>before the target year, without a baseline: {@code AT_RISK}.</li>
 * </ol>
 * For a RANGE target, "met" means within the range, and the trajectory aims at the bound nearer to the baseline.
 */
final class TargetRule {

    static final BigDecimal TOLERANCE_SHARE = new BigDecimal("0.1");

    private TargetRule() {
    }

    static TargetStatus judge(PlanEvents.Target target, int actualYear, BigDecimal actual) {
        if (actual == null) {
            return TargetStatus.NO_DATA;
        }
        if (meets(target, actual)) {
            return TargetStatus.ON_TRACK;
        }
        if (actualYear >= target.year()) {
            return TargetStatus.OFF_TRACK;
        }
        BigDecimal baseline = target.baselineValue();
        Integer baselineYear = target.baselineYear();
        if (baseline == null || baselineYear == null || baselineYear >= target.year()) {
            return TargetStatus.AT_RISK;
        }
        BigDecimal goal = "RANGE".equals(target.comparator()) && target.upperValue() != null
                && baseline.compareTo(target.upperValue()) > 0 ? target.upperValue() : target.value();
        BigDecimal span = BigDecimal.valueOf(target.year() - baselineYear);
        BigDecimal elapsed = BigDecimal.valueOf(Math.max(0, actualYear - baselineYear));
        BigDecimal distance = goal.subtract(baseline);
        BigDecimal expected = baseline.add(distance.multiply(elapsed).divide(span, MathContext.DECIMAL64));
        BigDecimal shortfall = distance.signum() >= 0 ? expected.subtract(actual) : actual.subtract(expected);
        if (shortfall.signum() <= 0) {
            return TargetStatus.ON_TRACK;
        }
        return shortfall.compareTo(distance.abs().multiply(TOLERANCE_SHARE)) <= 0
                ? TargetStatus.AT_RISK
                : TargetStatus.OFF_TRACK;
    }

    static boolean meets(PlanEvents.Target target, BigDecimal actual) {
        int vsValue = actual.compareTo(target.value());
        return switch (target.comparator()) {
            case "AT_LEAST" -> vsValue >= 0;
            case "ABOVE" -> vsValue > 0;
            case "AT_MOST" -> vsValue <= 0;
            case "BELOW" -> vsValue < 0;
            case "EQUAL" -> vsValue == 0;
            case "RANGE" -> vsValue >= 0 && target.upperValue() != null
                    && actual.compareTo(target.upperValue()) <= 0;
            default -> throw new IllegalArgumentException("unknown comparator " + target.comparator());
        };
    }
}
