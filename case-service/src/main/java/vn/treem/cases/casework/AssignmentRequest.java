package vn.treem.cases.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseAssignmentRequest")
public record AssignmentRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, description = "Subject (user id) of the worker", example = "worker-ba-dinh-2") String worker) {
}
