package vn.treem.plans.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the importer extracted from one plan document, plus warnings for what it could not interpret.
 *
 * @param number
 *            e.g. "42/KH-UBND"; {@code null} when blank ("Số: /KH-UBND")
 * @param issueDate
 *            {@code null} when day or month is blank
 * @param issueYear
 *            the year of the date line even when day/month are blank ("ngày tháng năm 2024" → 2024)
 * @param place
 *            place of issue, e.g. "Thái Bình"
 * @param issuer
 *            e.g. "UBND huyện Mường Tè"
 * @param title
 *            the subject line under "KẾ HOẠCH"
 * @param kind
 *            kind derived from the title
 * @param periodFromYear
 *            first year of the period stated in the title, or {@code null}
 * @param periodToYear
 *            last year of the period stated in the title, or {@code null}
 * @param purpose
 *            "Mục đích" text
 * @param requirements
 *            "Yêu cầu" text
 * @param legalBases
 *            documents cited in the title and preamble
 * @param objectives
 *            general and specific objectives
 * @param tasks
 *            tasks and solutions
 * @param assignments
 *            agencies with roles
 * @param budgetSources
 *            funding sources
 * @param reporting
 *            reporting rules
 * @param warnings
 *            what could not be interpreted
 */
public record ExtractedPlan(String number, LocalDate issueDate, Integer issueYear, String place, String issuer,
        String title, PlanKind kind, Integer periodFromYear, Integer periodToYear, String purpose, String requirements,
        List<LegalReference> legalBases, List<ExtractedObjective> objectives, List<ExtractedTask> tasks,
        List<ExtractedAssignment> assignments, List<ExtractedBudgetSource> budgetSources,
        List<ExtractedReportingRule> reporting, List<ImportWarning> warnings) {
}
