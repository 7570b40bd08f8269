package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the access log: who read or changed which case, when. Every read of a case is recorded. */
@Entity
@Table(name = "case_access_log")
public class CaseAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false, length = 30)
    public String action;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static void record(UUID caseId, String subject, String action) {
        CaseAccess entry = new CaseAccess();
        entry.caseId = caseId;
        entry.subject = subject;
        entry.action = action;
        entry.at = OffsetDateTime.now();
        entry.persist();
    }
}
