package vn.treem.cases.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.treem.cases.intervention.ReferralTarget;

/**
 * A consent decision recorded on a case (Personal Data Protection Law 91/2025). Decisions are never changed: a later
 * decision for the same subject and purpose supersedes an earlier one.
 */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConsentSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConsentPurpose purpose;

    /** For a referral consent: the kind of agency it covers; null covers referrals of any kind. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", length = 40)
    public ReferralTarget targetType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ConsentDecision decision;

    /** Who gave or refused it (the parent's or guardian's name). */
    @Column(name = "given_by", length = 150)
    public String givenBy;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
