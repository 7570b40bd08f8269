package vn.treem.plans.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Plan")
public record PlanView(UUID id, @Schema(example = "42/KH-UBND") String number, String title,
        @Schema(example = "34") String issuingUnitCode, LocalDate issueDate, int periodFromYear, int periodToYear,
        PlanType type, PlanStatus status, long version) {

    static PlanView of(Plan plan) {
        return new PlanView(plan.id, plan.number, plan.title, plan.issuingUnitCode, plan.issueDate, plan.periodFromYear,
                plan.periodToYear, plan.type, plan.status, plan.version);
    }
}
