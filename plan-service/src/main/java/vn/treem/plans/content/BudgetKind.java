package vn.treem.plans.content;

/** Where the money comes from: central or local budget, socialised (xã hội hóa), donors. */
public enum BudgetKind {
    CENTRAL, LOCAL, SOCIALISED, DONOR, OTHER
}
