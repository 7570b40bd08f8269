package vn.treem.cases.registryimport;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An import of a file of child records: its progress and counts. No personal data. */
@Entity
@Table(name = "child_import")
public class ChildImport extends PanacheEntityBase {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    public enum Phase {
        /** Rows are read and checked one by one. */
        READING,
        /** Rows are compared with one another and with the registry. */
        CHECKING,
        /** New children are being inserted, batch by batch. */
        IMPORTING
    }

    @Id
    public UUID id;

    @Column(nullable = false, length = 100)
    public String owner;

    @Column(name = "owner_unit", nullable = false, length = 10)
    public String ownerUnit;

    @Column(nullable = false)
    public boolean approver;

    @Column(name = "file_name", length = 200)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ImportFormat format;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Phase phase;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(name = "rows_valid", nullable = false)
    public int rowsValid;

    @Column(name = "rows_imported", nullable = false)
    public int rowsImported;

    @Column(name = "rows_duplicate", nullable = false)
    public int rowsDuplicate;

    @Column(name = "rows_invalid", nullable = false)
    public int rowsInvalid;

    @Column(name = "ignored_columns", length = 1000)
    public String ignoredColumns;

    @Column(length = 40)
    public String failure;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
