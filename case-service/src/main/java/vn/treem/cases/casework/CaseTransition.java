package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a case's history: every transition with the data recorded at that step. Never changed or deleted. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransitionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    public CaseStatus toStatus;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "by_subject", nullable = false, length = 100)
    public String bySubject;

    /** The step's data (assessment, decision, reason…), as the client sent it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> details;

    public static CaseTransition record(UUID caseId, TransitionKind kind, CaseStatus from, CaseStatus to,
            OffsetDateTime at, String by, Map<String, Object> details) {
        CaseTransition entry = new CaseTransition();
        entry.caseId = caseId;
        entry.kind = kind;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.at = at;
        entry.bySubject = by;
        entry.details = details;
        entry.persist();
        return entry;
    }
}
