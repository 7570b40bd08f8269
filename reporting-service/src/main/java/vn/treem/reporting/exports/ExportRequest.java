package vn.treem.reporting.exports;

import java.time.LocalDate;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.Period;

/**
 * A validated export whose unit the caller may see: what to produce, for which unit and period, in the hierarchy of
 * which date; {@code indicator} is the indicator of a summary's chart (null for the consolidated report).
 */
public record ExportRequest(ExportKind kind, AdminUnit unit, Period period, LocalDate on,
        IndicatorDefinition indicator) {

    /** The download name, e.g. {@code tong-hop-01-2026.xlsx}. */
    public String fileName() {
        String stem = kind == ExportKind.SUMMARY_PDF ? "tom-tat" : "tong-hop";
        return stem + "-" + unit.code() + "-" + period.code() + "." + kind.extension();
    }
}
