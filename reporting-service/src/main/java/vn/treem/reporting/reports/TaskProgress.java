package vn.treem.reporting.reports;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The progress of one task assigned by the plan, as reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TaskProgress")
public record TaskProgress(
        @NotNull @Schema(required = true, description = "An assignment of the plan (see the report's assignments)") UUID assignmentId,
        @NotNull @Schema(required = true, example = "IN_PROGRESS") ProgressStatus status,
        @Size(max = 4000) @Schema(example = "Đã tổ chức 3 lớp tập huấn kỹ năng sống cho 120 học sinh") String narrative) {
}
