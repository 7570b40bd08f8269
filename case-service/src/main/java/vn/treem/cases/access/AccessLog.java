package vn.treem.cases.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of the access log: who read or changed which child or case record, when, and which parts of it. Written in
 * the same transaction as the read or the change, so that no access goes unrecorded.
 */
@Entity
@Table(name = "access_log")
public class AccessLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 10)
    public RecordType recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false, length = 30)
    public String action;

    /** The parts of the record read or written, comma-separated (e.g. {@code identity,intake,informant}). */
    @Column(length = 1000)
    public String fields;

    @Column(nullable = false)
    public OffsetDateTime at;
}
