package vn.treem.cases.supportplan;

/** A support plan is drafted, then approved or rejected by an approver who did not write it. */
public enum PlanStatus {
    DRAFT, APPROVED, REJECTED
}
