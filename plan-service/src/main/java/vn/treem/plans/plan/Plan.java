package vn.treem.plans.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import vn.treem.plans.content.PlanContent;

/**
 * A plan (Kế hoạch) issued by a People's Committee. The issuing unit is kept as the hierarchy was on the issue date, so
 * a plan of a province or district abolished in 2025 keeps its old code. Objectives, targets, tasks and their
 * assignments will hang off this aggregate as child tables keyed by the plan id.
 */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    /** Unique index: a unit numbers its documents afresh each year (migration V2026.11.23.3). */
    public static final String NUMBER_PER_UNIT_AND_YEAR = "plan_number_per_unit_and_year";

    @Id
    public UUID id;

    /** Document number, e.g. "42/KH-UBND"; drafts leave it blank. */
    @Column(length = 50)
    public String number;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "issuing_unit_code", nullable = false, length = 10)
    public String issuingUnitCode;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "period_from_year", nullable = false)
    public int periodFromYear;

    @Column(name = "period_to_year", nullable = false)
    public int periodToYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PlanType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PlanStatus status;

    /** Legal bases, objectives, targets, tasks, assignments, budget and reporting regime of this version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public PlanContent content = PlanContent.empty();

    /** All versions of one plan share a series; an amendment is the next version. */
    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber = 1;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    /** The higher plan this one implements (derived with POST /plans/{id}/derive). */
    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Plan issued(String number, String title, String issuingUnitCode, LocalDate issueDate,
            int periodFromYear, int periodToYear, PlanType type, String issuedBy) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.number = number;
        plan.title = title;
        plan.issuingUnitCode = issuingUnitCode;
        plan.issueDate = issueDate;
        plan.periodFromYear = periodFromYear;
        plan.periodToYear = periodToYear;
        plan.type = type;
        plan.status = PlanStatus.ISSUED;
        plan.createdBy = issuedBy;
        plan.createdAt = OffsetDateTime.now();
        plan.updatedAt = plan.createdAt;
        plan.issuedAt = plan.createdAt;
        plan.seriesId = plan.id;
        return plan;
    }

    /** Another plan of the same unit with the same number in the same year: numbers restart each year. */
    public static boolean numberTaken(String number, String unitCode, int year, UUID series) {
        return count("number = ?1 and issuingUnitCode = ?2 and issueDate between ?3 and ?4 and status in ?5"
                + " and seriesId <> ?6", number, unitCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                java.util.List.of(PlanStatus.ISSUED, PlanStatus.CLOSED), series) > 0;
    }
}
