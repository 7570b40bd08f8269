package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A periodic report with what it covers, what was reported and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PeriodicReport", description = "A periodic report owed under a plan's reporting regime.")
public record ReportView(
        UUID id,
        @Schema(description = "The plan version whose regime expects the report") UUID planId,
        @Schema(description = "Shared by all versions of the plan") UUID seriesId,
        @Schema(description = "The unit that issued the plan and receives the report", example = "01") String recipientUnit,
        @Schema(description = "The recipient as the plan names it", example = "Sở Lao động - Thương binh và Xã hội") String recipient,
        @Schema(description = "The unit that reports", example = "00004") String reportingUnit,
        @Schema(description = "The reporter as the plan names it", example = "UBND các xã, phường") String reporterAgency,
        @Schema(example = "SEMI_ANNUAL") ReportingRegime regime,
        @Schema(description = "The period reported on", example = "2026H1") String period,
        @Schema(example = "2026-01-01") LocalDate periodStart,
        @Schema(example = "2026-06-30") LocalDate periodEnd,
        @Schema(description = "Last day to submit on time", example = "2026-05-10") LocalDate dueDate,
        @Schema(example = "DRAFT") ReportStatus status,
        @Schema(description = "The plan's tasks the report states progress on") List<PlanAssignment> assignments,
        @Schema(description = "The indicators the report gives values for") List<ReportableIndicator> indicators,
        List<TaskProgress> progress,
        List<IndicatorEntry> values,
        OffsetDateTime submittedAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        @Schema(description = "The comment of the latest decision (why it was returned)") String decisionComment,
        @Schema(description = "The statuses the report may move to next") List<String> allowedNext,
        @Schema(description = "Version, also sent as ETag", example = "2") long version) {

    static ReportView of(PeriodicReport report, ReportSeries series) {
        return new ReportView(report.id, report.planId, report.seriesId, report.recipientUnit, report.recipient,
                report.reportingUnit, report.reporterAgency, report.regime, report.periodCode, report.periodStart,
                report.periodEnd, report.dueDate, report.status,
                series == null ? List.of() : List.copyOf(series.assignments),
                series == null ? List.of() : List.copyOf(series.indicators), List.copyOf(report.progress),
                List.copyOf(report.values), report.submittedAt, report.decidedAt, report.decidedBy,
                report.decisionComment, report.status.next(), report.version);
    }

    /** A report in a list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PeriodicReportSummary")
    public record Summary(UUID id, @Schema(example = "00004") String reportingUnit, String reporterAgency,
            @Schema(example = "01") String recipientUnit, ReportingRegime regime,
            @Schema(example = "2026H1") String period, LocalDate dueDate, ReportStatus status,
            OffsetDateTime submittedAt, long version) {

        static Summary of(PeriodicReport report) {
            return new Summary(report.id, report.reportingUnit, report.reporterAgency, report.recipientUnit,
                    report.regime, report.periodCode, report.dueDate, report.status, report.submittedAt,
                    report.version);
        }
    }

    /** A page of reports; {@code nextCursor} is absent on the last page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PeriodicReportPage")
    public record Page(List<Summary> items, String nextCursor) {
    }
}
