package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code vn.treem.reporting.report.status-changed.v1} (docs/events/reporting.report.status-changed.v1.json): a
 * periodic report was submitted, accepted or returned. Codes, ids and dates only — no report text, comment, agency name
 * or reporter.
 */
public record ReportStatusChangedEvent(UUID reportId, UUID seriesId, UUID planId, String reportingUnitCode,
        String recipientUnitCode, String regime, String periodCode, LocalDate dueDate, String fromStatus,
        String toStatus, boolean onTime, OffsetDateTime at) {

    public static final String TYPE = "vn.treem.reporting.report.status-changed.v1";

    static ReportStatusChangedEvent of(PeriodicReport report, ReportStatus from, OffsetDateTime at) {
        boolean onTime = report.submittedAt != null && !report.submittedAt
                .atZoneSameInstant(vn.treem.platform.adminunits.AdminUnitDirectory.BUSINESS_ZONE).toLocalDate()
                .isAfter(report.dueDate);
        return new ReportStatusChangedEvent(report.id, report.seriesId, report.planId, report.reportingUnit,
                report.recipientUnit, report.regime.name(), report.periodCode, report.dueDate, from.name(),
                report.status.name(), onTime, at);
    }
}
