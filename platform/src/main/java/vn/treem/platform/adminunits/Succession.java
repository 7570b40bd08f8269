package vn.treem.platform.adminunits;

/**
 * One link of the 2025 merger lineage: the unit {@code oldCode} of the edition before the reform went, wholly or in
 * part, into the unit {@code newCode} of the edition after it. Codes of the two editions are separate name spaces: the
 * same code may name an old and a different new unit.
 *
 * @param oldCode
 *            a province, district or commune code of {@link AdminUnitLoader#BEFORE_REFORM}
 * @param newCode
 *            a province or commune code of {@link AdminUnitLoader#AFTER_REFORM}
 * @param partial
 *            true when only part of the old unit went into the new one: the merger text says so ("một phần", "phần còn
 *            lại") or the old unit is a predecessor of several new units (it was split)
 */
public record Succession(String oldCode, String newCode, boolean partial) {
}
