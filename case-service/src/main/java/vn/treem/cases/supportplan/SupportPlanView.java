package vn.treem.cases.supportplan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SupportPlan", description = "A support and intervention plan (Mẫu 04) and its decision (Mẫu 05)")
public record SupportPlanView(UUID id, UUID caseId, PlanStatus status, List<String> goals, List<Measure> measures,
        String author, OffsetDateTime draftedAt, String decidedBy, OffsetDateTime decidedAt,
        @Schema(example = "15/QĐ-UBND") String decisionNumber, String decisionReason,
        @Schema(description = "Version of the case after the change; the case's new ETag") Long caseVersion) {

    static SupportPlanView of(SupportPlan plan, Long caseVersion) {
        return new SupportPlanView(plan.id, plan.caseId, plan.status, plan.goals, plan.measures, plan.author,
                plan.draftedAt, plan.decidedBy, plan.decidedAt, plan.decisionNumber, plan.decisionReason,
                caseVersion);
    }
}
