package vn.treem.reporting.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorDefinition;

/**
 * Small-count suppression in exports (docs/exports.md): in a unit below province level (a commune, or a district before
 * the 2025 reform), a count of children or cases from 1 to 4 is shown as {@code <5}, and a share whose numerator or
 * denominator is from 1 to 4 is suppressed too, so that a child cannot be re-identified in a small commune. Zero is
 * shown: it identifies nobody. Provinces and the country are shown exactly. Counts of plans, which are about no child,
 * are never suppressed.
 * <p>
 * <b>Complementary suppression</b> ({@link #complement}): in a table with an exact total row, a column with exactly one
 * suppressed count would give that count away (the total minus the others). The smallest other figure of the column
 * that is shown — preferring a non-zero one — is then withheld too ({@code x}), so that at least two unknowns share the
 * difference.
 */
public final class SmallCountRule {

    /** The smallest count shown below province level (other than zero). */
    public static final int THRESHOLD = 5;

    private static final Set<String> NOT_ABOUT_CHILDREN = Set.of(IndicatorCatalog.PLANS_ISSUED);

    private SmallCountRule() {
    }

    /** Whether figures of a unit at {@code level} are subject to the rule. */
    public static boolean appliesTo(AdminUnit.Level level) {
        return level == AdminUnit.Level.COMMUNE || level == AdminUnit.Level.DISTRICT;
    }

    /** {@code figure} of {@code indicator} as an export of a unit at {@code level} may show it. */
    public static Figure apply(String indicator, Figure figure, AdminUnit.Level level) {
        if (!appliesTo(level) || NOT_ABOUT_CHILDREN.contains(indicator) || figure.suppressed()) {
            return figure;
        }
        boolean small = figure.share()
                ? isSmall(figure.numerator()) || isSmall(figure.denominator())
                : figure.value() != null && isSmall(figure.value().longValueExact());
        return small ? figure.suppress() : figure;
    }

    /**
     * The rows of a table whose {@code total} row is shown exactly, with figures withheld where a single suppressed
     * count of a column could be recovered from the total (see the class comment). Shares are left as they are: a
     * share's parts are not shown, and a small part suppresses the share itself.
     */
    public static List<ConsolidatedReport.Row> complement(List<IndicatorDefinition> columns,
            List<ConsolidatedReport.Row> rows, ConsolidatedReport.Row total) {
        List<List<Figure>> figures = new ArrayList<>();
        rows.forEach(r -> figures.add(new ArrayList<>(r.figures())));
        for (int column = 0; column < columns.size(); column++) {
            if (NOT_ABOUT_CHILDREN.contains(columns.get(column).code()) || total.figures().get(column).suppressed()
                    || total.figures().get(column).share()) {
                continue;
            }
            int suppressed = 0;
            int candidate = -1;
            for (int row = 0; row < figures.size(); row++) {
                Figure figure = figures.get(row).get(column);
                if (figure.suppressed()) {
                    suppressed++;
                } else if (figure.hasValue() && !figure.share() && better(figure, candidate < 0
                        ? null
                        : figures.get(candidate).get(column))) {
                    candidate = row;
                }
            }
            if (suppressed == 1 && candidate >= 0) {
                figures.get(candidate).set(column, figures.get(candidate).get(column).withhold());
            }
        }
        List<ConsolidatedReport.Row> complemented = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            complemented.add(new ConsolidatedReport.Row(rows.get(row).unit(), figures.get(row)));
        }
        return complemented;
    }

    /** Whether {@code figure} is a better figure to withhold than {@code current}: non-zero first, then smaller. */
    private static boolean better(Figure figure, Figure current) {
        if (current == null) {
            return true;
        }
        boolean zero = figure.value().signum() == 0;
        boolean currentZero = current.value().signum() == 0;
        if (zero != currentZero) {
            return !zero;
        }
        return figure.value().compareTo(current.value()) < 0;
    }

    private static boolean isSmall(Long count) {
        return count != null && count >= 1 && count < THRESHOLD;
    }
}
