package vn.treem.plans.importing;

import java.math.BigDecimal;

/**
 * One yearly target of an indicator.
 *
 * @param year
 *            target year; when the text states none it is inferred (see {@code yearInferred})
 * @param comparator
 *            see {@link Comparator} for the phrase → comparator rules
 * @param value
 *            the value (lower bound of a range); Vietnamese decimal comma already converted ("99,1%" → 99.1)
 * @param upperValue
 *            upper bound for {@link Comparator#RANGE}, else {@code null}
 * @param source
 *            the phrase the target came from
 * @param yearInferred
 *            {@code true} when no year was written for this target and the importer chose one
 */
public record ExtractedTarget(int year, Comparator comparator, BigDecimal value, BigDecimal upperValue, String source,
        boolean yearInferred) {
}
