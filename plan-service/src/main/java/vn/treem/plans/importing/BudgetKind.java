package vn.treem.plans.importing;

/** Where money comes from: central (Trung ương) or local budget, socialised (xã hội hóa), donors (tài trợ), other. */
public enum BudgetKind {
    CENTRAL, LOCAL, SOCIALISED, DONOR, OTHER
}
