package vn.treem.reporting.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Completeness and timeliness of the reports expected from the units within a unit over a period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportCompleteness")
public record CompletenessView(
        @Schema(example = "01") String unit,
        @Schema(example = "2026") String period,
        @Schema(description = "The day the figures were computed (business time zone)", example = "2026-11-23") LocalDate asOf,
        @Schema(description = "Reports expected (not cancelled)", example = "4") int expected,
        @Schema(description = "Reports received: SUBMITTED or ACCEPTED", example = "3") int received,
        @Schema(description = "Received, latest submission on or before the due date", example = "2") int onTime,
        @Schema(description = "Received after the due date", example = "1") int receivedLate,
        @Schema(description = "Not received, due date passed", example = "1") int missing,
        @Schema(description = "Not received, not yet due", example = "0") int pending,
        @Schema(description = "received / expected, per cent, one decimal; absent when nothing is expected", example = "75.0") BigDecimal completenessRate,
        @Schema(description = "onTime / expected, per cent, one decimal; absent when nothing is expected", example = "50.0") BigDecimal timelinessRate,
        @Schema(description = "Reports not received after their due date, or received late, by unit then due date") List<LateReport> lateUnits) {

    /** A unit that is late with a report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LateReport")
    public record LateReport(
            @Schema(example = "00008") String unit,
            @Schema(example = "Phường Ngọc Hà") String unitName,
            UUID reportId,
            @Schema(example = "2026H1") String period,
            @Schema(example = "2026-05-10") LocalDate dueDate,
            ReportStatus status,
            @Schema(description = "MISSING: not received after the due date; LATE: received after it", example = "MISSING") String reason,
            OffsetDateTime submittedAt,
            @Schema(description = "Days between the due date and the submission, or today while missing", example = "12") long daysLate) {
    }
}
