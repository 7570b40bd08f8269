package vn.treem.cases.intervention;

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
import vn.treem.cases.supportplan.MeasureType;

/** A service delivered to the child or family (Art. 29). */
@Entity
@Table(name = "service_delivery")
public class ServiceDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 40)
    public MeasureType serviceType;

    @Column(nullable = false, length = 200)
    public String provider;

    @Column(name = "delivered_on", nullable = false)
    public LocalDate deliveredOn;

    @Column(length = 2000)
    public String outcome;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
