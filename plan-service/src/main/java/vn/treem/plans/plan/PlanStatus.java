package vn.treem.plans.plan;

/**
 * Where a plan stands; labels under {@code label.PlanStatus.*}. This slice registers plans as issued; DRAFT, the issue
 * transition and amendments (new versions of an issued plan) come with the plans issue (#4).
 */
public enum PlanStatus {
    ISSUED
}
