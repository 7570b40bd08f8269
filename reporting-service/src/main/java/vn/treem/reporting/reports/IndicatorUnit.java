package vn.treem.reporting.reports;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reported value measures, as the plan's target states it; decides which values are plausible. */
@Schema(name = "ReportedIndicatorUnit")
public enum IndicatorUnit {

    /** A share in per cent: 0 to 100, a part of a whole. */
    PERCENT(BigDecimal.valueOf(100)),
    /** A share per thousand: 0 to 1000, a part of a whole. */
    PER_MILLE(BigDecimal.valueOf(1000)),
    /** A number of things: a whole number, not negative. */
    COUNT(null),
    /** A ratio of two quantities (may exceed 1), not negative. */
    RATIO(null);

    private final BigDecimal factor;

    IndicatorUnit(BigDecimal factor) {
        this.factor = factor;
    }

    /** For shares, what a whole amounts to (100 or 1000); null for counts and ratios. */
    public BigDecimal factor() {
        return factor;
    }

    /** True for shares, whose numerator is a part of the denominator. */
    public boolean isShare() {
        return factor != null;
    }

    /** The unit a plan target names; unknown or missing names are read as RATIO (the loosest rules). */
    public static IndicatorUnit of(String name) {
        if (name == null) {
            return RATIO;
        }
        for (IndicatorUnit unit : values()) {
            if (unit.name().equals(name)) {
                return unit;
            }
        }
        return RATIO;
    }
}
