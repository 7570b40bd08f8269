package vn.treem.reporting.indicators;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indicator an administrator added to the catalog; its values are reported by agencies. */
@Entity
@Table(name = "custom_indicator")
public class CustomIndicator extends PanacheEntityBase {

    @Id
    @Column(length = 60)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 300)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 300)
    public String nameEn;

    @Column(name = "definition_vi", length = 2000)
    public String definitionVi;

    @Column(name = "definition_en", length = 2000)
    public String definitionEn;

    @Column(nullable = false, length = 20)
    public String unit;

    @Column(nullable = false, length = 300)
    public String numerator;

    @Column(length = 300)
    public String denominator;

    @Column(nullable = false)
    public int factor;

    /** Comma-separated {@link PeriodType}s. */
    @Column(name = "period_types", nullable = false, length = 100)
    public String periodTypes;

    @Column(name = "lead_agency", length = 300)
    public String leadAgency;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
