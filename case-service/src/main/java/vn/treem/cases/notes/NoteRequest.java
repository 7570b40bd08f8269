package vn.treem.cases.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseNoteRequest")
public record NoteRequest(
        @NotBlank @Size(max = 8000) @Schema(required = true, example = "Đã gặp cô giáo chủ nhiệm, trẻ đi học đều trở lại") String text) {
}
