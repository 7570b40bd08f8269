package vn.treem.plans.agency;

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
 * An agency of a unit's directory (Sở Y tế, Công an tỉnh, Hội Liên hiệp Phụ nữ…). When a reform renames or merges an
 * agency, the old entry gets an end date and points to its successor; plans keep naming the agency of their time.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, length = 10)
    public String unitCode;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public AgencyKind kind;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
