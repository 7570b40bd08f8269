package vn.treem.cases.deadline;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Time limits of the case process. Defaults are the statute's (Decree 56/2017); a province may set stricter ones, e.g.
 * {@code treem.deadlines.province."01".initial-assessment=PT8H}.
 */
@ConfigMapping(prefix = "treem.deadlines")
public interface DeadlineRulesConfig {

    /** Initial assessment and emergency decision after receipt (Arts. 26, 31, 32): 12 hours. */
    @WithDefault("PT12H")
    Duration initialAssessment();

    /** Plan drafted after the initial assessment (Art. 28): 5 working days. */
    @WithDefault("5")
    int supportPlanWorkingDays();

    /** Plan approved after the initial assessment (Art. 28): 7 working days. */
    @WithDefault("7")
    int planApprovalWorkingDays();

    /** Longest temporary separation before an extension (Art. 32): 15 days. */
    @WithDefault("15")
    int separationMaxDays();

    /** How often overdue deadlines are looked for. */
    @WithDefault("60s")
    String sweepInterval();

    /** Overrides per province code. */
    Map<String, ProvinceRules> province();

    interface ProvinceRules {

        Optional<Duration> initialAssessment();

        OptionalInt supportPlanWorkingDays();

        OptionalInt planApprovalWorkingDays();

        OptionalInt separationMaxDays();
    }
}
