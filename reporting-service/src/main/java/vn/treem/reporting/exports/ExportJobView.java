package vn.treem.reporting.exports;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An export job as its creator sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExportJob")
public record ExportJobView(UUID id, ExportKind kind, String unit, String period, String indicator,
        ExportJobStatus status,
        @Schema(description = "Per cent done, 0 to 100", example = "40") int progress,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        @Schema(description = "Download name of the file, once DONE", example = "tong-hop-01-2026.xlsx") String fileName,
        @Schema(description = "Where to download the file, once DONE", example = "/api/v1/export-jobs/7d7f…/file") String file) {

    static ExportJobView of(ExportJob job) {
        return new ExportJobView(job.id, job.kind, job.unitCode, job.period, job.indicator, job.status, job.progress,
                job.createdAt, job.startedAt, job.finishedAt, job.status == ExportJobStatus.DONE ? job.fileName : null,
                job.status == ExportJobStatus.DONE ? "/api/v1/export-jobs/" + job.id + "/file" : null);
    }
}
