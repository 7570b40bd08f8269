package vn.treem.plans.importing;

import java.time.MonthDay;
import java.util.List;

/**
 * A reporting obligation.
 *
 * @param reporter
 *            who reports, when identifiable
 * @param recipient
 *            to whom, when identifiable
 * @param period
 *            how often
 * @param dueDates
 *            due days in the year ("trước ngày 10 tháng 5" → --05-10), sorted; empty when none is written
 * @param text
 *            the clause it came from
 */
public record ExtractedReportingRule(String reporter, String recipient, ReportPeriod period, List<MonthDay> dueDates,
        String text) {
}
