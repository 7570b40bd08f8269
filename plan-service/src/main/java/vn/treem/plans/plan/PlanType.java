package vn.treem.plans.plan;

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
