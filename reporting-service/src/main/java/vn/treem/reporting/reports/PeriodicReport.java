package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One report a unit owes under a plan's reporting regime (báo cáo định kỳ): who reports (a unit, possibly an agency
 * named by text), to whom, on which period and by when, and what was reported. Every change bumps {@link #version}, the
 * ETag.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    /** The plan version whose regime expects the report. */
    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** The unit that issued the plan and receives the report (its People's Committee). */
    @Column(name = "recipient_unit", nullable = false, length = 10)
    public String recipientUnit;

    /** The recipient as the plan names it, e.g. "Sở Y tế", when it names one. */
    @Column(length = 300)
    public String recipient;

    @Column(name = "reporting_unit", nullable = false, length = 10)
    public String reportingUnit;

    /** The reporter as the plan names it, e.g. "UBND các xã, phường" or "Sở Giáo dục và Đào tạo". */
    @Column(name = "reporter_agency", length = 300)
    public String reporterAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ReportingRegime regime;

    @Column(name = "period_code", nullable = false, length = 10)
    public String periodCode;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    /** The last day to submit on time; also the day whose hierarchy the reporting unit was taken from. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ReportStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TaskProgress> progress = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicator_values", nullable = false, columnDefinition = "jsonb")
    public List<IndicatorEntry> values = new ArrayList<>();

    /** The latest submission; timeliness compares it with the due date. */
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decision_comment", length = 2000)
    public String decisionComment;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** What makes two expectations of a series the same report. */
    record Key(String reportingUnit, String reporterAgency, ReportingRegime regime, String periodCode,
            LocalDate dueDate) {
    }

    Key key() {
        return new Key(reportingUnit, reporterAgency, regime, periodCode, dueDate);
    }

    /** The reports of {@code seriesId} that are not cancelled. */
    static List<PeriodicReport> ofSeries(UUID seriesId) {
        return list("seriesId = ?1 and status <> ?2", seriesId, ReportStatus.CANCELLED);
    }
}
