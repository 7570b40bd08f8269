package vn.treem.plans.plan;

/** Where a plan stands. DRAFT and amendments (new versions of an issued plan) come with issue #4. */
public enum PlanStatus {
    ISSUED
}
