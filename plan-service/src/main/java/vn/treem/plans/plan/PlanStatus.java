package vn.treem.plans.plan;

/**
 * Where a plan stands; labels under {@code label.PlanStatus.*}. A draft is edited freely; an issued plan is immutable
 * (an amendment issues a new version, which supersedes it); a closed plan is finished.
 */
public enum PlanStatus {
    DRAFT, ISSUED, SUPERSEDED, CLOSED
}
