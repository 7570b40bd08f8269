package vn.treem.reporting.indicators;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
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
