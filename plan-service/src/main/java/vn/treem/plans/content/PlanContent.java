package vn.treem.plans.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a plan says: legal bases, objectives with indicators and yearly targets, tasks, assignments of lead and
 * cooperating agencies, budget sources and the reporting regime (docs/adr/0011). Edited as a whole while the plan is a
 * draft; frozen once issued — an amendment is a new version.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "PlanContent", description = "What the plan says: legal bases, objectives, targets, tasks, assignments, budget, reporting")
public record PlanContent(
        @Size(max = 200) @Schema(description = "Issuing agency as written", example = "Ủy ban nhân dân tỉnh Thái Bình") String issuingAgency,
        @Size(max = 150) @Schema(example = "Nguyễn Khắc Thận") String signer,
        @Size(max = 100) @Schema(description = "Place of issue", example = "Thái Bình") String place,
        @Size(max = 20000) @Schema(description = "Mục đích", example = "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành về bảo vệ trẻ em") String purpose,
        @Size(max = 20000) @Schema(description = "Yêu cầu") String requirements,
        @Size(max = 50) List<@NotNull @Valid LegalBasis> legalBases,
        @Size(max = 100) List<@NotNull @Valid Objective> objectives,
        @Size(max = 300) List<@NotNull @Valid Task> tasks,
        @Size(max = 1000) List<@NotNull @Valid Assignment> assignments,
        @Size(max = 20) List<@NotNull @Valid BudgetSource> budgetSources,
        @Size(max = 50) List<@NotNull @Valid ReportingRule> reporting) {

    public static PlanContent empty() {
        return new PlanContent(null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public List<Objective> objectivesOrEmpty() {
        return objectives == null ? List.of() : objectives;
    }

    public List<Task> tasksOrEmpty() {
        return tasks == null ? List.of() : tasks;
    }

    public List<Assignment> assignmentsOrEmpty() {
        return assignments == null ? List.of() : assignments;
    }

    public List<ReportingRule> reportingOrEmpty() {
        return reporting == null ? List.of() : reporting;
    }

    public List<LegalBasis> legalBasesOrEmpty() {
        return legalBases == null ? List.of() : legalBases;
    }

    /** A document the plan is based on (căn cứ); linked when that plan is in the system. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanLegalBasis")
    public record LegalBasis(
            @Size(max = 100) @Schema(example = "Chỉ thị") String documentType,
            @Size(max = 50) @Schema(example = "28-CT/TW") String number,
            LocalDate date,
            @Size(max = 200) @Schema(example = "Bộ Chính trị") String issuer,
            @Size(max = 1000) @Schema(example = "về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em") String title,
            @Schema(description = "The referenced plan when it is in the system (set by the service)") UUID linkedPlanId) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "PlanObjective")
    public record Objective(
            @Size(max = 20) @Schema(example = "2.1") String code,
            @NotNull @Schema(required = true, example = "SPECIFIC") ObjectiveKind kind,
            @NotBlank @Size(max = 4000) @Schema(required = true, example = "Đến năm 2025") String text,
            @Size(max = 100) List<@NotNull @Valid Indicator> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "PlanIndicator")
    public record Indicator(
            @Size(max = 30) @Schema(description = "Code within the plan", example = "2.1.1") String code,
            @NotBlank @Size(max = 1000) @Schema(required = true, example = "Tỷ lệ xã, thị trấn phù hợp với trẻ em") String text,
            @NotNull @Schema(required = true, example = "PERCENT") MeasureUnit unit,
            @NotNull @Schema(required = true, example = "INCREASE") Direction direction,
            @Valid Baseline baseline,
            @Size(max = 50) List<@NotNull @Valid Target> targets,
            @Pattern(regexp = "[A-Z0-9_]{1,60}") @Schema(description = "Indicator of the catalog it is measured by, if any (catalog codes have up to 60 characters)", example = "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE") String catalogIndicator) {
    }

    @Schema(name = "PlanBaseline")
    public record Baseline(@NotNull BigDecimal value, @NotNull Integer year) {
    }

    /** A yearly target: "đạt 50%" (AT_LEAST 50), "dưới 19%" (BELOW 19), "0,4 – 0,7%" (RANGE 0.4–0.7). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTarget")
    public record Target(
            @NotNull @Schema(required = true, example = "2025") Integer year,
            @NotNull @Schema(required = true, example = "AT_LEAST") Comparator comparator,
            @NotNull @Schema(required = true, example = "50") BigDecimal value,
            @Schema(description = "Upper bound of a RANGE", example = "0.7") BigDecimal upperValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "PlanTask")
    public record Task(
            @NotBlank @Size(max = 20) @Schema(required = true, description = "Numbered as in the document", example = "II.1") String code,
            @Size(max = 500) @Schema(example = "Công tác truyền thông") String title,
            @Size(max = 20000) String text,
            @Size(max = 20) List<@NotNull Theme> themes) {
    }

    /** An agency's part in the plan: leads (chủ trì) or supports (phối hợp) a task, with a deadline or recurrence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanAssignment")
    public record Assignment(
            @Schema(description = "Stable id within the plan and its versions (set by the service when absent)") UUID id,
            @Size(max = 20) @Schema(description = "The task it belongs to; absent for duties on the whole plan", example = "II.1") String taskCode,
            @Schema(description = "Agency of the directory, when known") UUID agencyId,
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Sở Y tế") String agencyName,
            @NotNull @Schema(required = true, example = "LEAD") AssignmentRole role,
            @Size(max = 8000) @Schema(example = "Chủ trì, phối hợp với các sở, ngành tham mưu UBND tỉnh triển khai kế hoạch") String responsibilities,
            LocalDate deadline,
            @Schema(example = "ANNUAL") ReportPeriod recurrence) {

        public Assignment withId(UUID newId) {
            return new Assignment(newId, taskCode, agencyId, agencyName, role, responsibilities, deadline, recurrence);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanBudgetSource")
    public record BudgetSource(
            @NotNull @Schema(required = true, example = "LOCAL") BudgetKind kind,
            @Size(max = 1000) @Schema(example = "Ngân sách địa phương theo phân cấp") String description,
            @Schema(description = "Amount in VND, when stated") BigDecimal amount) {
    }

    /** Who reports what to whom, how often and by which dates ("trước ngày 10/5 và 10/11"). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "PlanReportingRule")
    public record ReportingRule(
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Các sở, ban, ngành; UBND các huyện, thành phố") String reporter,
            @Size(max = 300) @Schema(example = "Sở Lao động - Thương binh và Xã hội") String recipient,
            @NotNull @Schema(required = true, example = "SEMI_ANNUAL") ReportPeriod period,
            @Size(max = 12) @Schema(description = "Due dates in the year, MM-dd", example = "[\"05-10\", \"11-10\"]") List<@Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") String> dueDates,
            @Size(max = 2000) String text) {
    }
}
