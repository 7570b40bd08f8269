package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reconciliation of one commune's children with the national database, and its result. */
@Entity
@Table(name = "national_reconciliation")
public class NationalReconciliation extends PanacheEntityBase {

    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    @Id
    public UUID id;

    @Column(name = "commune_code", nullable = false, length = 10)
    public String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "failure_code", length = 60)
    public String failureCode;

    @Column(name = "local_count")
    public Integer localCount;

    @Column(name = "remote_count")
    public Integer remoteCount;

    @Column(name = "matched_count")
    public Integer matchedCount;

    @Column(name = "only_here_count")
    public Integer onlyHereCount;

    @Column(name = "only_there_count")
    public Integer onlyThereCount;

    @Column(name = "mismatch_count")
    public Integer mismatchCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Difference> differences;

    @Column(nullable = false)
    public boolean truncated;
}
