package vn.treem.reporting.exports;

import java.math.BigDecimal;

/**
 * One figure of an export: a count or a share (per cent, one decimal) with its numerator and denominator, or the mark
 * that it was suppressed under the small-count rule ({@link SmallCountRule}). A share without a denominator has no
 * value.
 */
public record Figure(BigDecimal value, Long numerator, Long denominator, boolean share, boolean suppressed) {

    /** The text an export shows for a suppressed figure. */
    public static final String SUPPRESSED = "<5";

    public static Figure count(long value) {
        return new Figure(BigDecimal.valueOf(value), null, null, false, false);
    }

    public static Figure share(BigDecimal value, long numerator, long denominator) {
        return new Figure(value, numerator, denominator, true, false);
    }

    public Figure suppress() {
        return new Figure(null, null, null, share, true);
    }

    /** Whether there is a number to show (not suppressed, and a share with a denominator). */
    public boolean hasValue() {
        return !suppressed && value != null;
    }

    /** The figure as text: an integer, a share with one decimal, {@code <5}, or empty when there is no value. */
    public String text() {
        if (suppressed) {
            return SUPPRESSED;
        }
        if (value == null) {
            return "";
        }
        return share ? value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() : value.toPlainString();
    }
}
