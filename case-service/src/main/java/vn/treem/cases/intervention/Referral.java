package vn.treem.cases.intervention;

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

/** A referral of a case to an agency or provider, with its status and the legal basis for sharing the data. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 40)
    public ReferralTarget targetType;

    @Column(name = "target_name", nullable = false, length = 200)
    public String targetName;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReferralStatus status;

    @Column(name = "status_reason", length = 2000)
    public String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 20)
    public LegalBasis legalBasis;

    /** Who established the basis: the worker (consent) or the approver (emergency, legal duty). */
    @Column(name = "basis_by", nullable = false, length = 100)
    public String basisBy;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
