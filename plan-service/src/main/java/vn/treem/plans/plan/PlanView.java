package vn.treem.plans.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Plan", description = "A plan (Kế hoạch) as issued by a People's Committee.")
public record PlanView(
        @Schema(example = "0d5c1b8e-7a4f-4e2b-9c3d-6f1a2b3c4d5e") UUID id,
        @Schema(description = "Document number; absent when the document has none", example = "42/KH-UBND") String number,
        @Schema(example = "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và bảo vệ trẻ em trên địa bàn tỉnh năm 2022") String title,
        @Schema(description = "Issuing unit, as the hierarchy was on the issue date", example = "34") String issuingUnitCode,
        @Schema(example = "2022-03-22") LocalDate issueDate,
        @Schema(example = "2022") int periodFromYear,
        @Schema(example = "2022") int periodToYear,
        PlanType type,
        PlanStatus status,
        @Schema(description = "Version for optimistic concurrency; the ETag carries it", example = "0") long version,
        @Schema(description = "Shared by all versions of the plan") UUID seriesId,
        @Schema(description = "1 for the plan as first issued, 2 for its first amendment…", example = "1") int versionNumber,
        @Schema(description = "The version this one amends") UUID supersedesId,
        @Schema(description = "The higher plan this one implements") UUID parentPlanId,
        java.time.OffsetDateTime issuedAt,
        java.time.OffsetDateTime closedAt,
        vn.treem.plans.content.PlanContent content) {

    static PlanView of(Plan plan) {
        return new PlanView(plan.id, plan.number, plan.title, plan.issuingUnitCode, plan.issueDate, plan.periodFromYear,
                plan.periodToYear, plan.type, plan.status, plan.version, plan.seriesId, plan.versionNumber,
                plan.supersedesId, plan.parentPlanId, plan.issuedAt, plan.closedAt, plan.content);
    }
}
