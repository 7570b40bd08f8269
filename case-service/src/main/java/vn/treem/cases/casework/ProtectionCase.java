package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.treem.cases.child.Child;

/** A child-protection case (hồ sơ vụ việc), opened from an intake, handled by the commune where it happened. */
@Entity
@Table(name = "protection_case")
public class ProtectionCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    public Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CaseStatus status;

    @Column(name = "commune_code", nullable = false, length = 10)
    public String communeCode;

    @Column(name = "province_code", nullable = false, length = 10)
    public String provinceCode;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static ProtectionCase open(Child child, String communeCode, String provinceCode, OffsetDateTime receivedAt,
            String openedBy) {
        ProtectionCase opened = new ProtectionCase();
        opened.id = UUID.randomUUID();
        opened.child = child;
        opened.status = CaseStatus.RECEIVED;
        opened.communeCode = communeCode;
        opened.provinceCode = provinceCode;
        opened.openedAt = receivedAt;
        opened.createdBy = openedBy;
        opened.createdAt = OffsetDateTime.now();
        opened.updatedAt = opened.createdAt;
        return opened;
    }
}
