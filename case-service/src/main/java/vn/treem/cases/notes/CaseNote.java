package vn.treem.cases.notes;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case note (free text, personal data). Notes are never edited: a correction is a new note. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, length = 8000)
    public String text;

    @Column(nullable = false, length = 100)
    public String author;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
