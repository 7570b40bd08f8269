package vn.treem.plans.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan as issued. Presence and lengths are checked by bean validation; the years' range, the period, the issue date
 * and the issuing unit by {@link PlanService}, which reports them all together.
 */
@Schema(name = "PlanRequest", description = "A plan (Kế hoạch) as issued by a People's Committee: number, title, issuing unit, issue date and period.")
public record PlanRequest(
        @Size(max = 50) @Schema(maxLength = 50, description = "Document number (số ký hiệu). Spaces around slashes are ignored (\"42 /KH-UBND\" is \"42/KH-UBND\"); leave it out when the document has none yet", example = "42/KH-UBND") String number,
        @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500, example = "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và bảo vệ trẻ em trên địa bàn tỉnh năm 2022") String title,
        @NotBlank @Size(max = 10) @Schema(required = true, description = "Code of the issuing People's Committee's administrative unit, as the hierarchy was on the issue date: a province (2 digits), a district before 1 July 2025 (3 digits) or a commune (5 digits)", example = "34") String issuingUnitCode,
        @NotNull @Schema(required = true, description = "Date of issue (yyyy-MM-dd); not in the future", example = "2022-03-22") LocalDate issueDate,
        @NotNull @Schema(required = true, minimum = "2000", maximum = "2100", description = "First year the plan covers", example = "2022") Integer periodFromYear,
        @NotNull @Schema(required = true, minimum = "2000", maximum = "2100", description = "Last year the plan covers; not before periodFromYear", example = "2022") Integer periodToYear,
        @Schema(description = "Kind of plan. Default: ANNUAL when the period is one year, MULTI_YEAR otherwise") PlanType type,
        @Schema(description = "DRAFT to prepare a plan (issued later with /issue; the issue date is then provisional), ISSUED (default) to register an issued document", example = "ISSUED") PlanStatus status,
        @Schema(description = "The higher plan this one implements") java.util.UUID parentPlanId,
        @jakarta.validation.Valid @Schema(description = "What the plan says") vn.treem.plans.content.PlanContent content) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
}
