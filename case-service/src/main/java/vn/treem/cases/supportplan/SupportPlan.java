package vn.treem.cases.supportplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** A support and intervention plan of a case (Mẫu 04) with its approval decision (Mẫu 05). */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PlanStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> goals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Measure> measures;

    @Column(nullable = false, length = 100)
    public String author;

    @Column(name = "drafted_at", nullable = false)
    public OffsetDateTime draftedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_number", length = 50)
    public String decisionNumber;

    @Column(name = "decision_reason", length = 2000)
    public String decisionReason;

    @Version
    public long version;

    public LocalDate decidedOn() {
        return decidedAt == null ? null : decidedAt.toLocalDate();
    }
}
