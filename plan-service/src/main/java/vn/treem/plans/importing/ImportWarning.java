package vn.treem.plans.importing;

/**
 * Something the importer could not interpret, or interpreted by assumption.
 *
 * @param code
 *            stable code, e.g. {@code NUMBER_MISSING}, {@code TARGET_NOT_UNDERSTOOD} (see docs/plan-import.md)
 * @param message
 *            English explanation
 * @param excerpt
 *            the text concerned (shortened), or {@code null}
 */
public record ImportWarning(String code, String message, String excerpt) {
}
