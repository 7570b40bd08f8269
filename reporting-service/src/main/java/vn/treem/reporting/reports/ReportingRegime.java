package vn.treem.reporting.reports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a plan's reporting rule asks for a report (the {@code period} of a reportingSchedule entry). */
@Schema(name = "ReportingRegime")
public enum ReportingRegime {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL,
    /** On request only: no report is expected ahead of time. */
    AD_HOC
}
