package vn.treem.reporting.exports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an export job produces. */
@Schema(name = "ExportKind")
public enum ExportKind {

    /** The consolidated report as an Excel workbook. */
    CONSOLIDATED_XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The consolidated report as CSV (UTF-8 with BOM, comma-separated). */
    CONSOLIDATED_CSV("text/csv; charset=UTF-8", "csv"),
    /** The PDF summary: the unit's indicators, an indicator's trend chart and its figures by sub-unit. */
    SUMMARY_PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
