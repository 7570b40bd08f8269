package vn.treem.cases.notes;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseNote")
public record NoteView(UUID id, String text, String author, OffsetDateTime createdAt) {

    static NoteView of(CaseNote note) {
        return new NoteView(note.id, note.text, note.author, note.createdAt);
    }
}
