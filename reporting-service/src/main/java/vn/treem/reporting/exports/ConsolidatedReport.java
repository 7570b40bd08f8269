package vn.treem.reporting.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.Period;

/**
 * The consolidated report of a period for a unit: one row per direct sub-unit (in the hierarchy of {@code on}) and a
 * total row for the unit itself, one column per computed indicator. Figures are already suppressed where the
 * small-count rule applies.
 */
public record ConsolidatedReport(AdminUnit unit, Period period, LocalDate on, List<IndicatorDefinition> indicators,
        List<Row> rows, Row total) {

    public ConsolidatedReport {
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /** One unit's figures, in the order of {@link #indicators()}. */
    public record Row(AdminUnit unit, List<Figure> figures) {

        public Row {
            figures = List.copyOf(figures);
        }
    }

    /** Whether any figure was suppressed, so that the export must carry the legend. */
    public boolean anySuppressed() {
        return Stream.concat(rows.stream(), Stream.of(total)).flatMap(r -> r.figures().stream())
                .anyMatch(Figure::suppressed);
    }

    /** The column of {@code indicatorCode}; -1 when it is not a column. */
    public int column(String indicatorCode) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(indicatorCode)) {
                return i;
            }
        }
        return -1;
    }
}
