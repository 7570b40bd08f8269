package vn.treem.plans.progress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The actual value of a plan indicator in a year, as reported (or computed by reporting-service). */
@Entity
@Table(name = "indicator_actual")
@IdClass(IndicatorActual.Key.class)
public class IndicatorActual extends PanacheEntityBase {

    @Id
    @Column(name = "series_id")
    public UUID seriesId;

    @Id
    @Column(name = "indicator_code", length = 30)
    public String indicatorCode;

    @Id
    public int year;

    @Column(nullable = false, precision = 18, scale = 4)
    public BigDecimal value;

    @Column(length = 300)
    public String source;

    @Column(name = "reported_by", nullable = false, length = 100)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    public static class Key implements Serializable {

        public UUID seriesId;
        public String indicatorCode;
        public int year;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(seriesId, key.seriesId)
                    && Objects.equals(indicatorCode, key.indicatorCode) && year == key.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(seriesId, indicatorCode, year);
        }
    }
}
