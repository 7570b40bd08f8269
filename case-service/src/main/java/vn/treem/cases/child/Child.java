package vn.treem.cases.child;

import java.time.LocalDate;
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

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Child of(String fullName, Sex sex, LocalDate birthDate, Integer estimatedAge, LocalDate on) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.fullName = fullName.strip();
        child.nameKey = NameKey.of(child.fullName);
        child.sex = sex;
        child.birthDate = birthDate;
        child.estimatedAge = birthDate == null ? estimatedAge : null;
        child.ageEstimatedOn = birthDate == null ? on : null;
        child.createdAt = OffsetDateTime.now();
        return child;
    }

    /** Age in whole years on {@code date}, from the birth date or the estimate. */
    public int ageOn(LocalDate date) {
        if (birthDate != null) {
            return AgeBand.ageOn(birthDate, date);
        }
        return estimatedAge + (int) Math.max(0, java.time.temporal.ChronoUnit.YEARS.between(ageEstimatedOn, date));
    }
}
