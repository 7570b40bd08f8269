package vn.treem.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;

/**
 * The value of an indicator for a unit and a period, whoever asks (the API, an export): which units' data make up the
 * unit — across the 2025 reform for a unit of today's hierarchy (docs/hierarchy.md) — and where the value is counted
 * (monthly counts for plans, projected facts for everything else). Access is checked by the callers.
 */
@ApplicationScoped
public class IndicatorFigures {

    /** The reform of 1 July 2025: periods starting before it are counted over the units of the time. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Inject
    AdminUnitDirectory units;

    @Inject
    ComputedIndicators computed;

    @Inject
    ReportedFigures reported;

    /**
     * The value of {@code indicator} for {@code unitCode} over {@code period}. With {@code todaysUnit}, the code names
     * a unit of today's hierarchy and a period starting before the reform also counts the former units that formed it;
     * otherwise the code is read in the hierarchy of {@code on}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorValue value(IndicatorDefinition indicator, String unitCode, Period period, LocalDate on,
            boolean todaysUnit, Disaggregation by) {
        List<String> flags = new ArrayList<>();
        Set<String> reach = reach(unitCode, period, on, todaysUnit, flags);
        IndicatorValue value;
        if (indicator.source() == IndicatorSource.REPORTED) {
            value = reported.value(indicator, unitCode, reach, period);
        } else if (IndicatorCatalog.PLANS_ISSUED.equals(indicator.code())) {
            long count = IndicatorCount.sum(indicator.code(), reach == null ? units.subtree(unitCode, on) : reach,
                    period.firstMonth(), period.lastMonth());
            value = new IndicatorValue(indicator.code(), unitCode, period.code(), BigDecimal.valueOf(count), null,
                    null, null, null, null);
        } else {
            value = computed.value(indicator, reach, period, by, unitCode);
        }
        if (flags.isEmpty()) {
            return value;
        }
        if (value.flags() != null) {
            flags.addAll(value.flags());
        }
        return new IndicatorValue(value.indicator(), value.unit(), value.period(), value.value(), value.numerator(),
                value.denominator(), value.by(), value.breakdown(), List.copyOf(flags));
    }

    /**
     * The values of {@code indicators} for each of {@code unitCodes} (e.g. the rows of a consolidated report), like
     * {@link #value} without a breakdown, but with the computed counts of all units counted together
     * ({@link ComputedIndicators#countRows}). Flags are not answered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<IndicatorValue>> values(List<IndicatorDefinition> indicators, List<String> unitCodes,
            Period period, LocalDate on, boolean todaysUnit) {
        Map<String, Collection<String>> reaches = new LinkedHashMap<>();
        for (String unitCode : unitCodes) {
            reaches.put(unitCode, reach(unitCode, period, on, todaysUnit, new ArrayList<>()));
        }
        boolean anyComputed = indicators.stream().anyMatch(i -> i.source() == IndicatorSource.COMPUTED
                && !IndicatorCatalog.PLANS_ISSUED.equals(i.code()));
        Map<String, Map<String, Long>> counts = anyComputed ? computed.countRows(reaches, period) : Map.of();
        Map<String, Long> plans = Map.of();
        if (indicators.stream().anyMatch(i -> IndicatorCatalog.PLANS_ISSUED.equals(i.code()))) {
            Map<String, Collection<String>> plansReach = new LinkedHashMap<>();
            reaches.forEach((unitCode, reach) -> plansReach.put(unitCode,
                    reach == null ? units.subtree(unitCode, on) : reach));
            plans = IndicatorCount.sumRows(IndicatorCatalog.PLANS_ISSUED, plansReach, period.firstMonth(),
                    period.lastMonth());
        }
        List<List<IndicatorValue>> values = new ArrayList<>(unitCodes.size());
        for (String unitCode : unitCodes) {
            List<IndicatorValue> row = new ArrayList<>(indicators.size());
            for (IndicatorDefinition indicator : indicators) {
                if (IndicatorCatalog.PLANS_ISSUED.equals(indicator.code())) {
                    row.add(new IndicatorValue(indicator.code(), unitCode, period.code(),
                            BigDecimal.valueOf(plans.getOrDefault(unitCode, 0L)), null, null, null, null, null));
                } else if (indicator.source() == IndicatorSource.REPORTED) {
                    row.add(value(indicator, unitCode, period, on, todaysUnit, null));
                } else if (indicator.isShare()) {
                    row.add(ComputedIndicators.shareOf(indicator, counts.get(unitCode), unitCode, period));
                } else {
                    row.add(new IndicatorValue(indicator.code(), unitCode, period.code(),
                            BigDecimal.valueOf(counts.get(unitCode).get(indicator.code())), null, null, null, null,
                            null));
                }
            }
            values.add(row);
        }
        return values;
    }

    /** The units whose data make up {@code unitCode}'s figures; null for the whole country. */
    private Set<String> reach(String unitCode, Period period, LocalDate on, boolean todaysUnit, List<String> flags) {
        if (AdminUnit.COUNTRY_CODE.equals(unitCode)) {
            return null;
        }
        if (!todaysUnit || !period.firstDay().isBefore(REFORM)) {
            return units.subtree(unitCode, on);
        }
        Set<String> reach = new HashSet<>(units.subtree(unitCode, AdminUnitDirectory.today()));
        Set<String> former = units.mergers().oldUnitsFormingNew(unitCode);
        for (String old : former) {
            reach.addAll(units.subtree(old, REFORM.minusDays(1)));
        }
        if (!former.isEmpty() && !former.equals(Set.of(unitCode))) {
            flags.add("INCLUDES_FORMER_UNITS");
        }
        if (units.mergers().partlyMerged(unitCode)) {
            flags.add("PARTLY_MERGED_PREDECESSOR");
        }
        return reach;
    }
}
