package vn.treem.plans.importing;

import java.util.List;

/**
 * A general or specific objective.
 *
 * @param kind
 *            general or specific
 * @param code
 *            as numbered in the document, e.g. "2.1(3)" for item (3) under heading 2.1; may be {@code null}
 * @param text
 *            the objective's text
 * @param indicators
 *            indicators with targets (specific objectives only)
 */
public record ExtractedObjective(ObjectiveKind kind, String code, String text, List<ExtractedIndicator> indicators) {
}
