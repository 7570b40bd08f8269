package vn.treem.cases.registryimport;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.platform.i18n.Messages;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildImport", description = "An import of child records from a file: poll it until status is DONE or FAILED")
public record ChildImportView(
        UUID id,
        @Schema(example = "RUNNING") ChildImport.Status status,
        @Schema(description = "While RUNNING: READING the rows, CHECKING them against each other and the registry, IMPORTING them", example = "IMPORTING") ChildImport.Phase phase,
        @Schema(example = "danh-sach-tre-em-phuong-hoan-kiem.xlsx") String fileName,
        @Schema(example = "XLSX") ImportFormat format,
        @Schema(example = "48213") long sizeBytes,
        @Schema(description = "SHA-256 of the file, hex") String sha256,
        @Schema(description = "Non-blank data rows read so far", example = "1200") int rowsRead,
        @Schema(description = "Rows that passed every check (imported or duplicates of a registered child)", example = "1180") int rowsValid,
        @Schema(description = "New children inserted", example = "1150") int rowsImported,
        @Schema(description = "Rows not inserted because the child is already registered or appears earlier in the file", example = "32") int rowsDuplicate,
        @Schema(description = "Rows not inserted because of errors (see the report)", example = "20") int rowsInvalid,
        @Schema(description = "Headings of columns that are not part of the template and were not read", example = "[\"STT\"]") List<String> ignoredColumns,
        @Schema(description = "Why a FAILED job failed: FILE_UNREADABLE, INTERRUPTED, INTERNAL") String failure,
        @Schema(description = "The failure explained in the language of Accept-Language") String failureMessage,
        @Schema(description = "An earlier import of yours of the very same file (same SHA-256)") UUID sameFileAs,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    static ChildImportView of(ChildImport job, UUID sameFileAs, Locale locale) {
        return new ChildImportView(job.id, job.status, job.status == ChildImport.Status.RUNNING ? job.phase : null,
                job.fileName, job.format, job.sizeBytes, job.sha256, job.rowsRead, job.rowsValid, job.rowsImported,
                job.rowsDuplicate, job.rowsInvalid,
                job.ignoredColumns == null ? List.of() : Arrays.asList(job.ignoredColumns.split("\u001F")),
                job.failure, job.failure == null ? null : Messages.text(locale, "import.failure." + job.failure),
                sameFileAs, job.createdAt, job.startedAt, job.finishedAt);
    }
}
