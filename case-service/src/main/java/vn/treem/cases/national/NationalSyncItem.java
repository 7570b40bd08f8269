package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change to send to the national child database, written in the same transaction as the change (ADR 0012). No
 * personal data: a child item names the child, whose current record is read when it is pushed; a case item carries the
 * status summary (codes and ids).
 */
@Entity
@Table(name = "national_sync_outbox")
public class NationalSyncItem extends PanacheEntityBase {

    public enum Kind {
        CHILD, CASE_STATUS
    }

    public enum Status {
        /** Waiting to be pushed (again, after {@link #nextAttemptAt}). */
        PENDING,
        /** The national system has it. */
        DONE,
        /** Refused by the national system, or failed too often: waits for an administrator to re-queue it. */
        PARKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "commune_code", nullable = false, length = 10)
    public String communeCode;

    /**
     * The case status report as JSON text. A String, not a Map: Hibernate found the JSON map changed at every flush and
     * wrote the row again (two needless UPDATEs per intake, seen in the statement log while benchmarking, issue #9).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_error_code", length = 60)
    public String lastErrorCode;

    @Column(name = "last_error_status")
    public Integer lastErrorStatus;

    @Column(name = "last_error_detail", length = 500)
    public String lastErrorDetail;

    @Column(name = "idempotency_key", length = 120)
    public String idempotencyKey;

    @Column(name = "remote_outcome", length = 20)
    public String remoteOutcome;

    @Column(name = "national_id", length = 60)
    public String nationalId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "requeued_at")
    public OffsetDateTime requeuedAt;

    @Column(name = "requeued_by", length = 100)
    public String requeuedBy;

    static NationalSyncItem pending(Kind kind, UUID childId, UUID caseId, String communeCode) {
        NationalSyncItem item = new NationalSyncItem();
        item.kind = kind;
        item.childId = childId;
        item.caseId = caseId;
        item.communeCode = communeCode;
        item.status = Status.PENDING;
        item.createdAt = OffsetDateTime.now();
        item.nextAttemptAt = item.createdAt;
        return item;
    }
}
