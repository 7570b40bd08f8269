package vn.treem.plans.content;

/** Chủ trì (LEAD) or phối hợp (SUPPORT). */
public enum AssignmentRole {
    LEAD, SUPPORT
}
