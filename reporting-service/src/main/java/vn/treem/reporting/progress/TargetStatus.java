package vn.treem.reporting.progress;

/** Where an indicator stands against its target (docs/plan-progress.md). */
public enum TargetStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA,
    /** A sub-unit without a plan of its own has no target for a count: the plan's count is for the whole unit. */
    NO_TARGET
}
