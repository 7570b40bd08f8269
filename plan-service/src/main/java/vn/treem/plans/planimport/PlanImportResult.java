package vn.treem.plans.planimport;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.plans.plan.PlanView;

@Schema(name = "PlanImportResult", description = "The draft plan extracted from a document and what could not be interpreted")
public record PlanImportResult(PlanView plan, List<Warning> warnings, Counts extracted) {

    @Schema(name = "PlanImportWarning")
    public record Warning(@Schema(example = "NUMBER_MISSING") String code, String message, String excerpt) {
    }

    @Schema(name = "PlanImportCounts")
    public record Counts(int legalBases, int objectives, int indicators, int targets, int tasks, int assignments,
            int budgetSources, int reportingRules) {
    }
}
