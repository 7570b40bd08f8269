package vn.treem.cases.deadline;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The time limits in force in one province. */
@Schema(name = "DeadlineRules", description = "Time limits of the case process in a province (Decree 56/2017 defaults)")
public record DeadlineRules(
        @Schema(example = "01") String provinceCode,
        @Schema(implementation = String.class, description = "ISO-8601 duration from receipt to initial assessment and emergency decision", example = "PT12H") @JsonFormat(shape = JsonFormat.Shape.STRING) Duration initialAssessment,
        @Schema(example = "5") int supportPlanWorkingDays,
        @Schema(example = "7") int planApprovalWorkingDays,
        @Schema(example = "15") int separationMaxDays) {

    static DeadlineRules of(String provinceCode, DeadlineRulesConfig config) {
        DeadlineRulesConfig.ProvinceRules own = config.province().get(provinceCode);
        if (own == null) {
            return new DeadlineRules(provinceCode, config.initialAssessment(), config.supportPlanWorkingDays(),
                    config.planApprovalWorkingDays(), config.separationMaxDays());
        }
        return new DeadlineRules(provinceCode, own.initialAssessment().orElse(config.initialAssessment()),
                own.supportPlanWorkingDays().orElse(config.supportPlanWorkingDays()),
                own.planApprovalWorkingDays().orElse(config.planApprovalWorkingDays()),
                own.separationMaxDays().orElse(config.separationMaxDays()));
    }
}
