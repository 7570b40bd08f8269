package vn.treem.cases.casework;

/** What a history entry of a case records. */
public enum TransitionKind {
    /** The case was opened from an intake. */
    OPENED,
    /** The status changed. */
    STATUS,
    /** An emergency protection or separation was extended (no status change). */
    EXTENSION,
    /** A deadline passed unmet. */
    DEADLINE_MISSED
}
