package vn.treem.reporting.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Values of {@code REPORTED} indicators, from accepted (locked) periodic reports of exactly the period asked for: an
 * entry counts when it names the indicator by its catalog code, or by a plan's code that the plan links to the catalog
 * code. Per reporting unit the latest accepted report counts. When the unit asked for reported itself, its value is the
 * answer; otherwise the values of the units within it are added up — counts as they are, shares through their parts and
 * wholes (numerator and denominator), which every unit must then have given (else no value, flag
 * {@code PARTS_MISSING}). Flag {@code REPORTED_BY_UNITS} says how many units' reports make up a sum.
 */
@ApplicationScoped
public class ReportedFigures {

    @Inject
    EntityManager em;

    /** The value of {@code indicator} for {@code unitCode} over {@code period}; {@code reach} null for the country. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorValue value(IndicatorDefinition indicator, String unitCode, Set<String> reach, Period period) {
        String unitFilter = reach == null ? "" : " and r.reporting_unit in (?3)";
        var query = em.createNativeQuery("""
                select distinct on (r.reporting_unit) r.reporting_unit,
                       cast(e ->> 'value' as numeric), cast(e ->> 'numerator' as numeric),
                       cast(e ->> 'denominator' as numeric)
                from periodic_report r
                join report_series s on s.series_id = r.series_id
                cross join lateral jsonb_array_elements(r.indicator_values) e
                where r.status = 'ACCEPTED' and r.period_code = ?1
                  and (e ->> 'indicatorCode' = ?2 or exists (
                       select 1 from jsonb_array_elements(s.indicators) i
                       where i ->> 'catalogIndicator' = ?2 and i ->> 'code' = e ->> 'indicatorCode'))
                """ + unitFilter + " order by r.reporting_unit, r.decided_at desc, r.id")
                .setParameter(1, period.code()).setParameter(2, indicator.code());
        if (reach != null) {
            if (reach.isEmpty()) {
                return empty(indicator, unitCode, period, List.of());
            }
            query.setParameter(3, reach);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        for (Object[] row : rows) {
            if (unitCode.equals(row[0]) && row[1] != null) {
                return new IndicatorValue(indicator.code(), unitCode, period.code(), (BigDecimal) row[1],
                        longOrNull(row[2]), longOrNull(row[3]), null, null, null);
            }
        }
        List<String> flags = new ArrayList<>();
        long reporting = rows.stream().filter(r -> r[1] != null).count();
        if (reporting == 0) {
            return empty(indicator, unitCode, period, flags);
        }
        flags.add("REPORTED_BY_UNITS:" + reporting);
        if (!indicator.isShare()) {
            BigDecimal sum = rows.stream().map(r -> (BigDecimal) r[1]).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new IndicatorValue(indicator.code(), unitCode, period.code(), sum, null, null, null, null,
                    List.copyOf(flags));
        }
        BigDecimal parts = BigDecimal.ZERO;
        BigDecimal wholes = BigDecimal.ZERO;
        for (Object[] row : rows) {
            if (row[1] == null) {
                continue;
            }
            if (row[2] == null || row[3] == null) {
                flags.add("PARTS_MISSING");
                return empty(indicator, unitCode, period, flags);
            }
            parts = parts.add((BigDecimal) row[2]);
            wholes = wholes.add((BigDecimal) row[3]);
        }
        BigDecimal value = wholes.signum() == 0
                ? null
                : parts.multiply(BigDecimal.valueOf(indicator.formula().factor())).divide(wholes, 1,
                        RoundingMode.HALF_UP);
        return new IndicatorValue(indicator.code(), unitCode, period.code(), value, parts.longValue(),
                wholes.longValue(), null, null, List.copyOf(flags));
    }

    private static IndicatorValue empty(IndicatorDefinition indicator, String unitCode, Period period,
            List<String> flags) {
        return new IndicatorValue(indicator.code(), unitCode, period.code(), null, null, null, null, null,
                flags.isEmpty() ? List.of("NOT_REPORTED") : List.copyOf(flags));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((BigDecimal) value).longValue();
    }
}
