package vn.treem.reporting.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.IndicatorFigures;
import vn.treem.reporting.indicators.IndicatorValue;
import vn.treem.reporting.indicators.Period;

/**
 * The exact figures behind an export, counted like {@code GET /api/v1/indicator-values} (the same counting rules, the
 * same units) but without a caller: the export checks the caller's jurisdiction once, before it starts, so that a job
 * can run in the background. Small-count suppression is applied afterwards ({@link SmallCountRule}).
 */
@ApplicationScoped
public class ExportFigures {

    @Inject
    IndicatorFigures values;

    /**
     * The values of {@code indicators} for {@code unitCode} over {@code period}, seen in the hierarchy of {@code on}.
     */
    @Transactional
    public List<Figure> figures(List<IndicatorDefinition> indicators, String unitCode, Period period, LocalDate on) {
        // After the reform the rows are today's units: a period that began before it also counts their former units.
        boolean todaysUnits = !on.isBefore(IndicatorFigures.REFORM);
        List<Figure> figures = new ArrayList<>(indicators.size());
        for (IndicatorDefinition indicator : indicators) {
            figures.add(figure(indicator, values.value(indicator, unitCode, period, on, todaysUnits, null)));
        }
        return figures;
    }

    /** {@link #figures} for each of {@code unitCodes}, counted together (one query per kind of fact). */
    @Transactional
    public List<List<Figure>> rows(List<IndicatorDefinition> indicators, List<String> unitCodes, Period period,
            LocalDate on) {
        boolean todaysUnits = !on.isBefore(IndicatorFigures.REFORM);
        List<List<Figure>> rows = new ArrayList<>(unitCodes.size());
        for (List<IndicatorValue> row : values.values(indicators, unitCodes, period, on, todaysUnits)) {
            List<Figure> figures = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                figures.add(figure(indicators.get(i), row.get(i)));
            }
            rows.add(figures);
        }
        return rows;
    }

    private static Figure figure(IndicatorDefinition indicator, IndicatorValue value) {
        return indicator.isShare()
                ? Figure.share(value.value(), value.numerator(), value.denominator())
                : Figure.count(value.value() == null ? 0 : value.value().longValueExact());
    }
}
