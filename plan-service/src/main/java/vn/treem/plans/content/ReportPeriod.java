package vn.treem.plans.content;

/** How often a report is due (định kỳ 6 tháng, hằng năm, đột xuất). */
public enum ReportPeriod {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL, AD_HOC
}
