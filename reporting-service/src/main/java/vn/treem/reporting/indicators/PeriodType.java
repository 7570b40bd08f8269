package vn.treem.reporting.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of reporting period (kỳ báo cáo) a value can be asked for. */
@Schema(name = "IndicatorPeriodType")
public enum PeriodType {
    /** {@code 2026} */
    YEAR,
    /** {@code 2026H1}, {@code 2026H2} */
    HALF_YEAR,
    /** {@code 2026Q1} to {@code 2026Q4} */
    QUARTER,
    /** {@code 2026-05} */
    MONTH
}
