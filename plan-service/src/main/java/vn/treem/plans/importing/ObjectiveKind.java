package vn.treem.plans.importing;

/** General (mục tiêu chung, tổng quát) or specific (mục tiêu cụ thể) objective. */
public enum ObjectiveKind {
    GENERAL, SPECIFIC
}
