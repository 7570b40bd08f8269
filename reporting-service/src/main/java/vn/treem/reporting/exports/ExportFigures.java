package vn.treem.reporting.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.reporting.indicators.ComputedIndicators;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorCount;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.IndicatorValue;
import vn.treem.reporting.indicators.Period;

/**
 * The exact figures behind an export, counted like {@code GET /api/v1/indicator-values} (the same counting rules, the
 * same units) but without a caller: the export checks the caller's jurisdiction once, before it starts, so that a job
 * can run in the background. Small-count suppression is applied afterwards ({@link SmallCountRule}).
 */
@ApplicationScoped
public class ExportFigures {

    /** The reform of 1 July 2025 (docs/hierarchy.md). */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Inject
    AdminUnitDirectory units;

    @Inject
    ComputedIndicators computed;

    /**
     * The values of {@code indicators} for {@code unitCode} over {@code period}, seen in the hierarchy of {@code on}.
     */
    @Transactional
    public List<Figure> figures(List<IndicatorDefinition> indicators, String unitCode, Period period, LocalDate on) {
        Set<String> reach = reach(unitCode, period, on);
        List<Figure> figures = new ArrayList<>(indicators.size());
        for (IndicatorDefinition indicator : indicators) {
            figures.add(figure(indicator, unitCode, reach, period, on));
        }
        return figures;
    }

    private Figure figure(IndicatorDefinition indicator, String unitCode, Set<String> reach, Period period,
            LocalDate on) {
        if (IndicatorCatalog.PLANS_ISSUED.equals(indicator.code())) {
            return Figure.count(IndicatorCount.sum(indicator.code(),
                    reach == null ? units.subtree(AdminUnit.COUNTRY_CODE, on) : reach, period.firstMonth(),
                    period.lastMonth()));
        }
        IndicatorValue value = computed.value(indicator, reach, period, null, unitCode);
        if (indicator.isShare()) {
            return Figure.share(value.value(), value.numerator(), value.denominator());
        }
        return Figure.count(value.value() == null ? 0 : value.value().longValueExact());
    }

    /**
     * The units whose facts make up {@code unitCode}'s figures; null for the whole country. In the hierarchy after the
     * reform, a period that began before it also counts the former units that formed the unit (as
     * {@code indicator-values} does for today's units); otherwise, the unit's subtree on {@code on}.
     */
    Set<String> reach(String unitCode, Period period, LocalDate on) {
        if (AdminUnit.COUNTRY_CODE.equals(unitCode)) {
            return null;
        }
        Set<String> reach = new HashSet<>(units.subtree(unitCode, on));
        if (period.firstDay().isBefore(REFORM) && !on.isBefore(REFORM)) {
            LocalDate lastDayBefore = REFORM.minusDays(1);
            for (String old : units.mergers().oldUnitsFormingNew(unitCode)) {
                reach.addAll(units.subtree(old, lastDayBefore));
            }
        }
        return reach;
    }
}
