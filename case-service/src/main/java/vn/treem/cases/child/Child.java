package vn.treem.cases.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A child known to the commune. Personal data: only case-service holds it, and only case roles read it. */
@Entity
@Table(name = "child")
public class Child extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false, length = 150)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Sex sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** When the birth date is unknown: the age estimated by the informant, on {@link #ageEstimatedOn}. */
    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Column(name = "age_estimated_on")
    public LocalDate ageEstimatedOn;

    /** Accent-free search form of the name ({@link NameKey}). */
    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    /** Số định danh cá nhân, when known; verified by the commune police, not by us. Personal data. */
    @Column(name = "personal_id_number", length = 12)
    public String personalIdNumber;

    /** Statistical code of the child's ethnic group ({@link Ethnicities}), when known. */
    @Column(length = 2)
    public String ethnicity;

    /** The commune where the child lives (current hierarchy). */
    @Column(name = "residence_commune_code", nullable = false, length = 10)
    public String residenceCommuneCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_caregiver", joinColumns = @JoinColumn(name = "child_id"))
    @OrderColumn(name = "position")
    public List<Caregiver> caregivers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_group", joinColumns = @JoinColumn(name = "child_id"))
    @OrderColumn(name = "position")
    public List<GroupMembership> groups = new ArrayList<>();

    /** Sexually abused or trafficked: only assigned workers and approvers see this child. */
    @Column(nullable = false)
    public boolean sensitive;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Child of(String fullName, Sex sex, LocalDate birthDate, Integer estimatedAge, LocalDate on) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.rename(fullName);
        child.sex = sex;
        child.setAge(birthDate, estimatedAge, on);
        child.createdAt = OffsetDateTime.now();
        child.updatedAt = child.createdAt;
        return child;
    }

    public void rename(String name) {
        fullName = name.strip();
        nameKey = NameKey.of(fullName);
    }

    public void setAge(LocalDate birth, Integer estimate, LocalDate on) {
        birthDate = birth;
        estimatedAge = birth == null ? estimate : null;
        ageEstimatedOn = birth == null ? on : null;
    }

    /** Age in whole years on {@code date}, from the birth date or the estimate. */
    public int ageOn(LocalDate date) {
        if (birthDate != null) {
            return AgeBand.ageOn(birthDate, date);
        }
        return estimatedAge + (int) Math.max(0, ChronoUnit.YEARS.between(ageEstimatedOn, date));
    }

    /** The statistical age band on {@code date}; {@code OVER_15} once the child has turned 16 during a case. */
    public String ageBandOn(LocalDate date) {
        return AgeBand.of(Math.max(0, Math.min(ageOn(date), AgeBand.CHILD_AGE_LIMIT))).name();
    }

    /** The special-circumstance groups the child belongs to on {@code date}. */
    public List<SpecialCircumstance> groupsOn(LocalDate date) {
        return groups.stream().filter(m -> m.activeOn(date)).map(m -> m.code).distinct().sorted().toList();
    }

    public boolean inRestrictedGroup() {
        return groups.stream().anyMatch(m -> SpecialCircumstance.RESTRICTED.contains(m.code));
    }
}
