package vn.treem.plans.plan;

/** The kind of a plan; labels in i18n bundles under {@code label.PlanType.*}. */
public enum PlanType {
    /** Kế hoạch năm. */
    ANNUAL,
    /** Kế hoạch giai đoạn (e.g. 2021–2030). */
    MULTI_YEAR,
    /** On one theme (drowning prevention, online safety, Action Month for Children, …). */
    THEMATIC,
    /** Implements a higher directive or plan (e.g. Directive 28-CT/TW). */
    IMPLEMENTATION
}
