package vn.treem.plans.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssuePlanRequest", description = "Issuing a draft: the number and date the signed document carries")
public record IssueRequest(
        @Size(max = 50) @Schema(description = "Document number; required unless the draft has one", example = "15/KH-UBND") String number,
        @Schema(description = "Date of issue; default the draft's", example = "2026-11-23") LocalDate issueDate) {
}
