package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A plan as far as its reports are concerned: all versions of one plan share a series; the series holds the version
 * whose reporting regime is in force, the tasks and indicators its reports cover, and the day the plan was closed.
 */
@Entity
@Table(name = "report_series")
public class ReportSeries extends PanacheEntityBase {

    @Id
    @Column(name = "series_id")
    public UUID seriesId;

    /** The version in force; null while only a closure is known (events of several versions may cross). */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "issuing_unit_code", length = 10)
    public String issuingUnitCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PlanAssignment> assignments = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ReportableIndicator> indicators = List.of();

    /** The day the plan was closed (business time zone): no report due after it is expected. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The series {@code seriesId}, created empty if unknown, locked for the rest of the transaction. */
    static ReportSeries lockOrCreate(UUID seriesId) {
        getEntityManager().createNativeQuery("""
                insert into report_series (series_id, version_number, assignments, indicators, updated_at)
                values (?1, 0, '[]'::jsonb, '[]'::jsonb, now()) on conflict do nothing""")
                .setParameter(1, seriesId).executeUpdate();
        return findById(seriesId, LockModeType.PESSIMISTIC_WRITE);
    }
}
