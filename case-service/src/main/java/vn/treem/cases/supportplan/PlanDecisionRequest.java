package vn.treem.cases.supportplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportPlanDecision", description = "The approval decision on a support plan (Mẫu 05)")
public record PlanDecisionRequest(
        @NotNull @Schema(required = true, example = "true") Boolean approve,
        @Size(max = 50) @Schema(description = "Number of the decision", example = "15/QĐ-UBND") String decisionNumber,
        @Schema(example = "2026-11-25") LocalDate decidedOn,
        @Size(max = 2000) @Schema(description = "Why it is rejected (required when rejecting)", example = "Cần bổ sung biện pháp hỗ trợ giáo dục") String reason) {
}
