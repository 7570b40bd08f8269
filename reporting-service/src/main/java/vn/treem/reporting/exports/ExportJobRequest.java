package vn.treem.reporting.exports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to export in the background. */
@Schema(name = "ExportJobRequest")
public record ExportJobRequest(
        @Schema(description = "What to produce", required = true, example = "CONSOLIDATED_XLSX") ExportKind kind,
        @Schema(description = "Administrative unit code", required = true, example = "01") String unit,
        @Schema(description = "Period: 2026, 2026H1, 2026Q3 or 2026-05", required = true, example = "2026") String period,
        @Schema(description = "For SUMMARY_PDF: the computed indicator of the trend chart (default INTAKES_RECEIVED)", example = "ABUSED_CHILDREN") String indicator) {
}
