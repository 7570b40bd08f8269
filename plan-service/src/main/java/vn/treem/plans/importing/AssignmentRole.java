package vn.treem.plans.importing;

/** Chủ trì (LEAD) or phối hợp (SUPPORT). */
public enum AssignmentRole {
    LEAD, SUPPORT
}
