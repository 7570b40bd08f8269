package vn.treem.cases.deadline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A time limit running on a case: open until met or cancelled; marked missed once its due time passes unmet. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DeadlineKind kind;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "met_at")
    public OffsetDateTime metAt;

    @Column(name = "missed_at")
    public OffsetDateTime missedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    public boolean isOpen() {
        return metAt == null && cancelledAt == null;
    }

    public boolean isOverdue(OffsetDateTime now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public static List<CaseDeadline> of(UUID caseId) {
        return list("caseId = ?1 order by dueAt", caseId);
    }
}
