package vn.treem.cases.notes;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseAttachment", description = "A file attached to a case; download it from its id")
public record AttachmentView(UUID id, @Schema(example = "bien-ban-hop.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType, long sizeBytes, String sha256, String uploadedBy,
        OffsetDateTime uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
    }
}
