package vn.treem.cases.notes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Case notes and attachments. Attachments are limited in size and to an allow-list of types whose first bytes must
 * match the declared type, so that a renamed executable is never stored as a "photo".
 */
@ApplicationScoped
public class NoteService {

    /** Allowed content types and the bytes their files start with. */
    static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "application/pdf", new byte[]{'%', 'P', 'D', 'F'},
            "image/webp", new byte[]{'R', 'I', 'F', 'F'},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 3, 4});

    @Inject
    RecordAccess access;

    @Inject
    AttachmentStore store;

    @ConfigProperty(name = "treem.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Transactional
    public NoteView add(UUID caseId, NoteRequest request) {
        ProtectionCase found = access.visibleCase(caseId);
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.caseId = found.id;
        note.text = request.text();
        note.author = access.subject();
        note.createdAt = OffsetDateTime.now();
        note.persist();
        access.log(RecordType.CASE, found.id, "CREATE", "notes");
        return NoteView.of(note);
    }

    @Transactional
    public List<NoteView> notes(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "notes");
        return CaseNote.<CaseNote>list("caseId = ?1 order by createdAt", found.id).stream().map(NoteView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentView attach(UUID caseId, String fileName, String contentType, byte[] content) {
        ProtectionCase found = access.visibleCase(caseId);
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        byte[] signature = SIGNATURES.get(type);
        if (signature == null) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE)
                    .withAllowed(SIGNATURES.keySet().stream().sorted().toList());
        }
        if (content.length == 0) {
            throw ProblemException.invalid(new FieldViolation("body", "EMPTY"));
        }
        if (content.length > maxBytes) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE);
        }
        if (content.length < signature.length || !Arrays.equals(Arrays.copyOf(content, signature.length), signature)
                || !subtypeMatches(type, content)) {
            throw ProblemException.invalid(new FieldViolation("body", "CONTENT_NOT_OF_TYPE", type));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/")
                || fileName.contains("\\")) {
            throw ProblemException.invalid(new FieldViolation("fileName", "INVALID_VALUE"));
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.caseId = found.id;
        attachment.fileName = fileName.strip();
        attachment.contentType = type;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.storageKey = "case/" + found.id + "/" + attachment.id;
        attachment.uploadedBy = access.subject();
        attachment.uploadedAt = OffsetDateTime.now();
        store.put(attachment.storageKey, content);
        attachment.persist();
        access.log(RecordType.CASE, found.id, "CREATE", "attachments");
        return AttachmentView.of(attachment);
    }

    @Transactional
    public List<AttachmentView> attachments(UUID caseId) {
        ProtectionCase found = access.visibleCase(caseId);
        access.log(RecordType.CASE, found.id, "READ", "attachments");
        return Attachment.<Attachment>list("caseId = ?1 order by uploadedAt", found.id).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public AttachmentContent download(UUID caseId, UUID attachmentId) {
        ProtectionCase found = access.visibleCase(caseId);
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.caseId.equals(found.id)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        access.log(RecordType.CASE, found.id, "READ", "attachments/" + attachment.id);
        return new AttachmentContent(attachment.fileName, attachment.contentType, store.get(attachment.storageKey));
    }

    /** Containers shared with other formats: WebP is a RIFF file of form WEBP; a .docx is a ZIP with word/ parts. */
    private static boolean subtypeMatches(String type, byte[] content) {
        if (type.equals("image/webp")) {
            return content.length >= 12 && new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("WEBP");
        }
        if (type.endsWith("wordprocessingml.document")) {
            return new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/");
        }
        return true;
    }

    /** What identifies an upload for Idempotency-Key: name, type and the bytes' hash. */
    public static String fingerprint(String fileName, String contentType, byte[] content) {
        return fileName + " " + contentType + " " + sha256(content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
