package vn.treem.reporting.indicators;

/** Where an indicator's values come from (Circular 13/2021 distinguishes both kinds). */
public enum IndicatorSource {
    /** Counted by reporting-service from the events of case-service and plan-service. */
    COMPUTED,
    /** Reported by an agency (health, education, ...) in a periodic report; not in this slice. */
    REPORTED
}
