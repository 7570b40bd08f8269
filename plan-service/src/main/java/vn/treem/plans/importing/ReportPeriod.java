package vn.treem.plans.importing;

/** How often a report is due: hằng tháng, hằng quý, 6 tháng, hằng năm, đột xuất. */
public enum ReportPeriod {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL, AD_HOC
}
