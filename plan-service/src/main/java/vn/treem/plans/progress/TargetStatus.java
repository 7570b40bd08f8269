package vn.treem.plans.progress;

/** How an indicator stands against its target (docs/plan-progress.md). */
public enum TargetStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}
