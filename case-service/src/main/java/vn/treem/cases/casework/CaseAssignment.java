package vn.treem.cases.casework;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A worker assigned to a case. The worker who records an intake is assigned to the case it opens. */
@Entity
@Table(name = "case_assignment")
@IdClass(CaseAssignment.Key.class)
public class CaseAssignment extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(length = 100)
    public String subject;

    @Column(name = "assigned_by", nullable = false, length = 100)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    public static void assign(UUID caseId, String subject, String by) {
        Key key = new Key();
        key.caseId = caseId;
        key.subject = subject;
        // By primary key: a count on (case_id, subject) let the planner scan the subject's index, every case of a worker.
        if (findById(key) != null) {
            return;
        }
        assignFirst(caseId, subject, by);
    }

    /**
     * The first worker of a case just opened in this transaction: no assignment can exist yet, so none is looked up.
     */
    public static void assignFirst(UUID caseId, String subject, String by) {
        CaseAssignment assignment = new CaseAssignment();
        assignment.caseId = caseId;
        assignment.subject = subject;
        assignment.assignedBy = by;
        assignment.assignedAt = OffsetDateTime.now();
        assignment.persist();
    }

    public static class Key implements Serializable {

        public UUID caseId;
        public String subject;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caseId, key.caseId)
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, subject);
        }
    }
}
