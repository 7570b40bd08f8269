package vn.treem.reporting.indicators;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * How many times something an indicator counts happened in one administrative unit in one month. The unit code is the
 * one the event carried, valid on the event's date.
 */
@Entity
@Table(name = "indicator_count")
@IdClass(IndicatorCount.Key.class)
public class IndicatorCount extends PanacheEntityBase {

    @Id
    @Column(length = 60)
    public String indicator;

    @Id
    @Column(name = "unit_code", length = 10)
    public String unitCode;

    /** First day of the month. */
    @Id
    public LocalDate month;

    @Column(nullable = false)
    public long value;

    /** Adds {@code amount} to the count of {@code indicator} for {@code unitCode} in {@code month}, atomically. */
    public static void add(String indicator, String unitCode, YearMonth month, long amount) {
        getEntityManager().createNativeQuery(
                """
                        insert into indicator_count (indicator, unit_code, month, value) values (?1, ?2, ?3, ?4)
                        on conflict (indicator, unit_code, month) do update set value = indicator_count.value + excluded.value""")
                .setParameter(1, indicator)
                .setParameter(2, unitCode)
                .setParameter(3, month.atDay(1))
                .setParameter(4, amount)
                .executeUpdate();
    }

    /** The sum of {@code indicator} over {@code unitCodes} and the months from {@code first} to {@code last}. */
    public static long sum(String indicator, Collection<String> unitCodes, YearMonth first, YearMonth last) {
        if (unitCodes.isEmpty()) {
            return 0;
        }
        Object total = getEntityManager().createNativeQuery("""
                select coalesce(sum(value), 0) from indicator_count
                where indicator = ?1 and unit_code = any(?2) and month between ?3 and ?4""")
                .setParameter(1, indicator)
                .setParameter(2, unitCodes.toArray(String[]::new))
                .setParameter(3, first.atDay(1))
                .setParameter(4, last.atDay(1))
                .getSingleResult();
        return ((Number) total).longValue();
    }

    /**
     * {@link #sum} for several rows at once (e.g. the rows of a consolidated report): one query, the sum per row key of
     * {@code rows} (row key to unit codes); rows without counts are absent.
     */
    public static Map<String, Long> sumRows(String indicator, Map<String, ? extends Collection<String>> rows,
            YearMonth first, YearMonth last) {
        List<String> units = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        rows.forEach((key, codes) -> codes.forEach(code -> {
            units.add(code);
            keys.add(key);
        }));
        Map<String, Long> sums = new HashMap<>();
        if (units.isEmpty()) {
            return sums;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = getEntityManager().createNativeQuery("""
                select m.row_key, sum(c.value) from indicator_count c
                join unnest(cast(?2 as varchar[]), cast(?3 as varchar[])) m (unit_code, row_key)
                    on m.unit_code = c.unit_code
                where c.indicator = ?1 and c.month between ?4 and ?5 group by 1""")
                .setParameter(1, indicator)
                .setParameter(2, units.toArray(String[]::new))
                .setParameter(3, keys.toArray(String[]::new))
                .setParameter(4, first.atDay(1))
                .setParameter(5, last.atDay(1))
                .getResultList();
        for (Object[] row : result) {
            sums.put(row[0].toString(), ((Number) row[1]).longValue());
        }
        return sums;
    }

    /** The primary key: indicator, unit and month. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String indicator;
        public String unitCode;
        public LocalDate month;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(indicator, key.indicator)
                    && Objects.equals(unitCode, key.unitCode) && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicator, unitCode, month);
        }
    }
}
