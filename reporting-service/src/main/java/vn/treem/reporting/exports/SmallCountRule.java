package vn.treem.reporting.exports;

import java.util.Set;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorCatalog;

/**
 * Small-count suppression in exports (docs/exports.md): in a unit below province level (a commune, or a district before
 * the 2025 reform), a count of children or cases from 1 to 4 is shown as {@code <5}, and a share whose numerator or
 * denominator is from 1 to 4 is suppressed too, so that a child cannot be re-identified in a small commune. Zero is
 * shown: it identifies nobody. Provinces and the country are shown exactly. Counts of plans, which are about no child,
 * are never suppressed.
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

    private static boolean isSmall(Long count) {
        return count != null && count >= 1 && count < THRESHOLD;
    }
}
