package vn.treem.plans.progress;

/** Where an assignment stands: reported by the agency, OVERDUE derived when its deadline passed before DONE. */
public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE
}
