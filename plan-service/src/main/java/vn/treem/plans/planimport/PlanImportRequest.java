package vn.treem.plans.planimport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanImportRequest", description = "The text of a plan document to turn into a draft plan")
public record PlanImportRequest(
        @NotBlank @Size(max = 10) @Schema(required = true, description = "Issuing unit (as on the document's date)", example = "107") String issuingUnitCode,
        @NotBlank @Size(max = 500_000) @Schema(required = true, description = "The document as plain text or Markdown", example = "Số: 15/KH-UBND\\n\\nMường Tè, ngày 10 tháng 6 năm 2024\\n\\nKẾ HOẠCH\\n…") String text) {
}
