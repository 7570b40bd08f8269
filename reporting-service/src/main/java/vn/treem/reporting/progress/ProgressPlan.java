package vn.treem.reporting.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued plan as far as its progress is concerned: the version in force of a series, from plan events. */
@Entity
@Table(name = "progress_plan")
public class ProgressPlan extends PanacheEntityBase {

    @Id
    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    /** The higher plan (one of its versions) that this plan implements. */
    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "issuing_unit_code", nullable = false, length = 10)
    public String issuingUnitCode;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "period_from_year", nullable = false)
    public int periodFromYear;

    @Column(name = "period_to_year", nullable = false)
    public int periodToYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PlanEvents.Target> targets = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PlanEvents.Assignment> assignments = List.of();

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
