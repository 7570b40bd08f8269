package vn.treem.reporting.exports;

import java.time.format.DateTimeFormatter;

import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.Period;

/** The Vietnamese texts of exports (messages {@code export.*}), whatever the caller's language. */
final class ExportTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ExportTexts() {
    }

    static String text(String key, Object... args) {
        return Messages.text(Languages.VIETNAMESE, key, args);
    }

    /** The indicator's Vietnamese name, with "(%)" for a share. */
    static String heading(IndicatorDefinition indicator) {
        String name = name(indicator);
        return indicator.isShare() ? name + " " + text("export.percent") : name;
    }

    static String name(IndicatorDefinition indicator) {
        return text(indicator.nameKey());
    }

    /** "năm 2026", "6 tháng đầu năm 2026", "quý 3 năm 2026", "tháng 5 năm 2026". */
    static String period(Period period) {
        String year = String.valueOf(period.firstMonth().getYear());
        String month = String.valueOf(period.firstMonth().getMonthValue());
        return switch (period.type()) {
            case YEAR -> text("export.period.YEAR", year);
            case HALF_YEAR -> text(period.firstMonth().getMonthValue() == 1
                    ? "export.period.HALF_YEAR.1"
                    : "export.period.HALF_YEAR.2", year);
            case QUARTER -> text("export.period.QUARTER", year,
                    String.valueOf((period.firstMonth().getMonthValue() - 1) / 3 + 1));
            case MONTH -> text("export.period.MONTH", year, month);
        };
    }

    static String title(ConsolidatedReport report) {
        return text("export.title", report.unit().name(), period(report.period()));
    }

    static String source(ConsolidatedReport report) {
        return text("export.source", DATE.format(vn.treem.platform.adminunits.AdminUnitDirectory.today()),
                DATE.format(report.on()));
    }
}
