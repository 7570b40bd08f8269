package vn.treem.cases.national;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One lookup of a personal identification number in the national database: who, when, from which unit, and what was
 * found (national ids and our child ids). The number itself is not kept.
 */
@Entity
@Table(name = "national_lookup_log")
public class NationalLookupLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(name = "unit_code", length = 10)
    public String unitCode;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** FOUND, NOT_FOUND or UNAVAILABLE. */
    @Column(nullable = false, length = 20)
    public String outcome;

    @Column(name = "national_ids", length = 500)
    public String nationalIds;

    @Column(name = "child_ids", length = 500)
    public String childIds;
}
