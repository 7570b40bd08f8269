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

/**
 * A child-protection case (hồ sơ vụ việc), opened from an intake and handled by the commune where it happened until a
 * transfer moves it. Its status follows {@link CaseWorkflow}; every change bumps {@link #version}, the ETag.
 */
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

    /**
     * The commune where it happened; {@link #communeCode} is the commune handling the case, which a transfer changes.
     */
    @Column(name = "incident_commune_code", nullable = false, length = 10)
    public String incidentCommuneCode;

    /** Sexual abuse or trafficking: only assigned workers and approvers see the case. */
    @Column(nullable = false)
    public boolean sensitive;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 10)
    public RiskLevel riskLevel;

    public Boolean emergency;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_risk", length = 10)
    public RiskLevel residualRisk;

    /** Last day of the emergency protection or temporary separation in force. */
    @Column(name = "separation_ends_on")
    public java.time.LocalDate separationEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_from_status", length = 30)
    public CaseStatus transferFromStatus;

    @Column(name = "transfer_to_commune_code", length = 10)
    public String transferToCommuneCode;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

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
        opened.incidentCommuneCode = communeCode;
        opened.provinceCode = provinceCode;
        opened.openedAt = receivedAt;
        opened.createdBy = openedBy;
        opened.createdAt = OffsetDateTime.now();
        opened.updatedAt = opened.createdAt;
        return opened;
    }

    /**
     * Records a change of the case or of a record in it: moves the delta-sync time, which makes the case dirty, so that
     * its version (the ETag) goes up at flush.
     */
    public void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
