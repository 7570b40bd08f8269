package vn.treem.reporting.exports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An export running in the background for its creator. The produced file lives in the same row ({@code content}), read
 * and written apart from the entity so that polling the status never loads it.
 */
@Entity
@Table(name = "export_job")
public class ExportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ExportKind kind;

    @Column(name = "unit_code", nullable = false, length = 10)
    public String unitCode;

    @Column(nullable = false, length = 10)
    public String period;

    @Column(name = "hierarchy_date", nullable = false)
    public LocalDate hierarchyDate;

    @Column(length = 60)
    public String indicator;

    @Column(nullable = false, length = 200)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ExportJobStatus status;

    @Column(nullable = false)
    public int progress;

    @Column(name = "file_name", length = 200)
    public String fileName;

    @Column(name = "media_type", length = 100)
    public String mediaType;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
