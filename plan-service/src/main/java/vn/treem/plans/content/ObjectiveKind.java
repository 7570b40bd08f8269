package vn.treem.plans.content;

/** General (mục tiêu chung) or specific (mục tiêu cụ thể) objective. */
public enum ObjectiveKind {
    GENERAL, SPECIFIC
}
