package vn.treem.reporting.exports;

import java.math.BigDecimal;

/**
 * One figure of an export: a count or a share (per cent, one decimal) with its numerator and denominator, or the mark
 * that it was suppressed under the small-count rule ({@link SmallCountRule}): a small count ({@code <5}), or a figure
 * withheld only so that a small one cannot be recovered from a total ({@code x}, complementary suppression). A share
 * without a denominator has no value.
 */
public record Figure(BigDecimal value, Long numerator, Long denominator, boolean share, boolean suppressed,
        boolean complementary) {

    /** The text an export shows for a suppressed small figure. */
    public static final String SUPPRESSED = "<5";
    /** The text an export shows for a figure withheld to protect a small one (complementary suppression). */
    public static final String WITHHELD = "x";

    public static Figure count(long value) {
        return new Figure(BigDecimal.valueOf(value), null, null, false, false, false);
    }

    public static Figure share(BigDecimal value, long numerator, long denominator) {
        return new Figure(value, numerator, denominator, true, false, false);
    }

    public Figure suppress() {
        return new Figure(null, null, null, share, true, false);
    }

    /** This figure withheld so that a suppressed one in its column cannot be recovered from the total. */
    public Figure withhold() {
        return new Figure(null, null, null, share, true, true);
    }

    /** Whether there is a number to show (not suppressed, and a share with a denominator). */
    public boolean hasValue() {
        return !suppressed && value != null;
    }

    /**
     * The figure as text: an integer, a share with one decimal, {@code <5}, {@code x}, or empty when there is no value.
     */
    public String text() {
        if (suppressed) {
            return complementary ? WITHHELD : SUPPRESSED;
        }
        if (value == null) {
            return "";
        }
        return share ? value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() : value.toPlainString();
    }
}
