package vn.treem.cases.intake;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A report of concern as received (form Mẫu 01). */
@Entity
@Table(name = "intake")
public class Intake extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Channel channel;

    @Column(name = "commune_code", nullable = false, length = 10)
    public String communeCode;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_concern", joinColumns = @JoinColumn(name = "intake_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    public Set<ConcernCategory> concernCategories = EnumSet.noneOf(ConcernCategory.class);

    /** Where it happened (Mẫu 01 "địa điểm"). */
    @Column(length = 300)
    public String place;

    /** Where the child is now. */
    @Column(name = "child_whereabouts", length = 300)
    public String childWhereabouts;

    @Column(name = "child_condition", length = 2000)
    public String childCondition;

    /** What happened, as reported. */
    @Column(length = 4000)
    public String situation;

    /** What was already done, by whom. */
    @Column(name = "actions_taken", length = 2000)
    public String actionsTaken;

    /** Null unless the informant agreed to be recorded. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Informant informant;

    @Column(name = "informant_consent", nullable = false)
    public boolean informantConsent;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The HOTLINE client (token subject) that sent the intake; null for intakes recorded by case workers. */
    @Column(name = "hotline_client", length = 100)
    public String hotlineClient;

    /** The hotline's own reference (call or ticket id), unique per hotline client. */
    @Column(name = "hotline_reference", length = 64)
    public String hotlineReference;

    /** SHA-256 of the request that sent {@link #hotlineReference}, to recognise a re-submission. */
    @Column(name = "hotline_request_hash", length = 64)
    public String hotlineRequestHash;

    public static Intake firstOf(UUID caseId) {
        return find("caseId = ?1 order by receivedAt", caseId).firstResult();
    }

    /** The intake a hotline client sent with its reference. */
    public static Optional<Intake> byHotlineReference(String client, String reference) {
        return find("hotlineClient = ?1 and hotlineReference = ?2", client, reference).firstResultOptional();
    }

    /** The intakes of a case that came from a hotline client. */
    public static List<Intake> fromHotline(UUID caseId) {
        return list("caseId = ?1 and hotlineClient is not null", caseId);
    }
}
