package vn.treem.plans.progress;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The status an agency last reported for one of its assignments; follows the assignment into amended versions. */
@Entity
@Table(name = "assignment_progress")
public class AssignmentProgress extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AssignmentStatus status;

    @Column(length = 2000)
    public String note;

    @Column(name = "reported_by", nullable = false, length = 100)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    @Version
    public long version;
}
