package vn.treem.reporting.exports;

import java.util.List;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorDefinition;

/**
 * An indicator's values for a unit, month by month over a year (months that have not begun are left out), already
 * suppressed where the small-count rule applies.
 */
public record Trend(IndicatorDefinition indicator, AdminUnit unit, int year, List<Point> points) {

    public Trend {
        points = List.copyOf(points);
    }

    /** One month: its number (1–12) and figure. */
    public record Point(int month, Figure figure) {
    }
}
