package vn.treem.plans.importing;

import java.util.List;

/**
 * An indicator of a specific objective with its targets.
 *
 * @param text
 *            the indicator's own phrase, e.g. "Tỷ lệ xã, thị trấn phù hợp với trẻ em"
 * @param unit
 *            unit of measure
 * @param direction
 *            which way it should move
 * @param targets
 *            yearly targets, possibly empty (a "tỷ lệ" named without a value)
 */
public record ExtractedIndicator(String text, MeasureUnit unit, Direction direction, List<ExtractedTarget> targets) {
}
