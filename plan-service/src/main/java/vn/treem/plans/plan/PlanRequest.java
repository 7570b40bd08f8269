package vn.treem.plans.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanRequest", description = "A plan as issued: number, title, issuing unit, date and period.")
public record PlanRequest(
        @Size(max = 50) @Schema(description = "Document number; may be blank in drafts", example = "42/KH-UBND") String number,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và bảo vệ trẻ em trên địa bàn tỉnh năm 2022") String title,
        @NotBlank @Size(max = 10) @Schema(required = true, description = "Administrative unit of the issuing People's Committee, as it was on the issue date", example = "34") String issuingUnitCode,
        @NotNull @Schema(required = true, example = "2022-03-22") LocalDate issueDate,
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, example = "2022") Integer periodFromYear,
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, example = "2022") Integer periodToYear,
        @Schema(description = "Default: ANNUAL for a one-year period, MULTI_YEAR otherwise") PlanType type) {
}
