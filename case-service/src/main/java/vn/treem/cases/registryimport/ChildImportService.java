package vn.treem.cases.registryimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.treem.cases.access.RecordAccess;
import vn.treem.platform.i18n.Messages;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Roles;

/**
 * Bulk import of child records (ADR 0013): receives a file (streamed to disk with its SHA-256, within a size limit),
 * recognises CSV or .xlsx by its content, checks its header row, and queues a job that {@link ChildImportJobs} runs.
 * Jobs and their reports are visible only to their uploader.
 */
@ApplicationScoped
public class ChildImportService {

    /** Declared types accepted for an upload; the content decides the format. */
    public static final List<String> ACCEPTED_TYPES = List.of(ImportFormat.CSV.mediaType(),
            ImportFormat.XLSX.mediaType(), "application/csv", "text/plain", "application/vnd.ms-excel",
            "application/octet-stream");
    static final int HEADER_SEARCH_ROWS = 10;
    static final int MAX_REPORT_PAGE = 1000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Inject
    RecordAccess access;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Event<ChildImportJobs.Queued> queued;

    @ConfigProperty(name = "treem.child-imports.max-bytes", defaultValue = "209715200")
    long maxBytes;

    @ConfigProperty(name = "treem.child-imports.directory")
    Path directory;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Streams an uploaded file to disk and checks it: not empty, not over the limit (413), a declared type that may
     * hold a spreadsheet (415), content that is a UTF-8 CSV or an .xlsx workbook, and a header row naming the required
     * columns (400). The caller discards the upload unless it is queued.
     */
    public Upload receive(InputStream body, String declaredType, String fileName) {
        String type = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.IMPORT_MEDIA_TYPE")
                    .withAllowed(List.of(ImportFormat.CSV.mediaType(), ImportFormat.XLSX.mediaType()));
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && (name.length() > 200 || name.contains("/") || name.contains("\\"))) {
            throw ProblemException.invalid(new FieldViolation("fileName", "INVALID_VALUE"));
        }
        Path file = store(body);
        try {
            long size = Files.size(file);
            ImportFormat format = recognise(file, size, type);
            RegistryColumn.Header header = header(file, format);
            return new Upload(file, name, format, size, sha256Of(file), header);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Creates the job for a checked upload, for the caller and within their unit; it starts after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChildImportView queue(Upload upload, Locale locale) {
        ChildImport job = new ChildImport();
        job.id = UUID.randomUUID();
        job.owner = access.subject();
        job.ownerUnit = caller.unit();
        job.approver = caller.hasRole(Roles.CASE_APPROVER);
        job.fileName = upload.fileName();
        job.format = upload.format();
        job.sizeBytes = upload.sizeBytes();
        job.sha256 = upload.sha256();
        job.status = ChildImport.Status.QUEUED;
        job.ignoredColumns = upload.header().ignored().isEmpty()
                ? null
                : truncate(String.join("\u001F", upload.header().ignored()), 1000);
        job.createdAt = OffsetDateTime.now();
        if (job.ownerUnit == null) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        try {
            Files.createDirectories(directory);
            Files.move(upload.file(), ChildImportJobs.fileOf(directory, job.id, job.format),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        job.persist();
        queued.fire(new ChildImportJobs.Queued(job.id));
        return view(job, locale);
    }

    /** Deletes an upload that did not become a job (a problem, or a replayed Idempotency-Key). */
    public void discard(Upload upload) {
        if (upload != null) {
            delete(upload.file());
        }
    }

    @Transactional
    public ChildImportView read(UUID id, Locale locale) {
        return view(owned(id), locale);
    }

    /** The report of an import, by row, a page at a time. */
    @Transactional
    public ImportReportPage report(UUID id, Locale locale, Integer limit, String cursor) {
        ChildImport job = owned(id);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_REPORT_PAGE) {
            throw ProblemException.invalid(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_REPORT_PAGE));
        }
        int afterRow = 0;
        int afterSeq = 0;
        if (cursor != null && !cursor.isBlank()) {
            List<String> after = Cursors.decode(cursor, 2);
            try {
                afterRow = Integer.parseInt(after.get(0));
                afterSeq = Integer.parseInt(after.get(1));
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select row_number, seq, kind, field, code, arg, child_id from child_import_issue
                where import_id = ?1 and (row_number > ?2 or (row_number = ?2 and seq > ?3))
                order by row_number, seq limit ?4""")
                .setParameter(1, job.id).setParameter(2, afterRow).setParameter(3, afterSeq)
                .setParameter(4, size + 1).getResultList();
        List<ImportIssueView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            Object[] row = rows.get(i);
            items.add(issue(((Number) row[0]).intValue(), (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (UUID) row[6], locale));
        }
        String next = null;
        if (rows.size() > size) {
            Object[] last = rows.get(size - 1);
            next = Cursors.encode(String.valueOf(last[0]), String.valueOf(last[1]));
        }
        return new ImportReportPage(items, next);
    }

    /** Writes the whole report of an import the caller owns as CSV or .xlsx, streaming it from the database. */
    @Transactional
    public void writeReport(UUID id, ImportFormat format, Locale locale, OutputStream out) {
        owned(id);
        try (SheetWriter sheet = SheetWriter.of(format, out, Messages.text(locale, "import.report.sheet"))) {
            sheet.header(List.of(Messages.text(locale, "import.report.row"),
                    Messages.text(locale, "import.report.kind"), Messages.text(locale, "import.report.column"),
                    Messages.text(locale, "import.report.code"), Messages.text(locale, "import.report.message"),
                    Messages.text(locale, "import.report.child")));
            em.createNativeQuery("""
                    select row_number, kind, field, code, arg, child_id from child_import_issue
                    where import_id = ?1 order by row_number, seq""")
                    .setParameter(1, id).setHint("org.hibernate.fetchSize", 1000).getResultStream()
                    .forEach(row -> {
                        Object[] r = (Object[]) row;
                        ImportIssueView issue = issue(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                                (String) r[3], (String) r[4], (UUID) r[5], locale);
                        sheet.row(Arrays.asList(String.valueOf(issue.row()),
                                Messages.text(locale, "import.kind." + issue.kind()), issue.column(), issue.code(),
                                issue.message(), issue.childId() == null ? "" : issue.childId().toString()));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The empty template: the header row, and in the workbook a second sheet explaining each column. */
    public void writeTemplate(ImportFormat format, Locale locale, OutputStream out) {
        try {
            Templates.write(format, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportIssueView issue(int row, String kind, String field, String code, String arg, UUID childId,
            Locale locale) {
        String column = Arrays.stream(RegistryColumn.values()).filter(c -> c.field().equals(field)).findFirst()
                .map(c -> c.heading(locale)).orElse(field);
        String message = arg == null
                ? Messages.text(locale, "error." + code)
                : Messages.text(locale, "error." + code, arg);
        return new ImportIssueView(row, kind, field, column, code, message, childId);
    }

    private ChildImport owned(UUID id) {
        ChildImport job = ChildImport.findById(id);
        if (job == null || !job.owner.equals(access.subject())) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return job;
    }

    private ChildImportView view(ChildImport job, Locale locale) {
        UUID same = ChildImport.<ChildImport>find(
                "owner = ?1 and sha256 = ?2 and id <> ?3 and createdAt <= ?4 order by createdAt desc", job.owner,
                job.sha256, job.id, job.createdAt).firstResultOptional().map(j -> j.id).orElse(null);
        return ChildImportView.of(job, same, locale);
    }

    private Path store(InputStream body) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = body == null ? InputStream.nullInputStream() : body;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.IMPORT_TOO_LARGE",
                            String.valueOf(maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw ProblemException.invalid(new FieldViolation("file", "EMPTY"));
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw ProblemException.of(ProblemType.MALFORMED_REQUEST, "detail.IMPORT_UPLOAD_BROKEN");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The format the content has: an .xlsx is a ZIP package, anything else must be UTF-8 text. */
    private static ImportFormat recognise(Path file, long size, String declaredType) throws IOException {
        byte[] start = new byte[(int) Math.min(size, 8)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(start, 0, start.length);
        }
        if (startsWith(start, ZIP)) {
            if (declaredType.startsWith("text/") || declaredType.equals("application/csv")) {
                throw ProblemException.invalid(new FieldViolation("file", "CONTENT_NOT_OF_TYPE", declaredType));
            }
            return ImportFormat.XLSX;
        }
        if (startsWith(start, OLE2)) {
            throw ProblemException.invalid(new FieldViolation("file", "XLS_NOT_SUPPORTED"));
        }
        if (declaredType.equals(ImportFormat.XLSX.mediaType())) {
            throw ProblemException.invalid(new FieldViolation("file", "CONTENT_NOT_OF_TYPE", declaredType));
        }
        if (!utf8Text(file)) {
            throw ProblemException.invalid(new FieldViolation("file", "NOT_UTF8"));
        }
        return ImportFormat.CSV;
    }

    /** True when the whole file decodes as UTF-8 and holds no NUL character (a binary file would). */
    private static boolean utf8Text(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var channel = Files.newByteChannel(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.flip();
                for (int i = 0; i < chars.limit(); i++) {
                    if (chars.get(i) == 0) {
                        return false;
                    }
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The header row: the first of the first ten rows that names at least three columns of the template. */
    static RegistryColumn.Header header(Path file, ImportFormat format) {
        AtomicReference<RegistryColumn.Header> found = new AtomicReference<>();
        int[] seen = {0};
        try {
            SpreadsheetRows.read(file, format, (number, cells) -> {
                RegistryColumn.Header header = RegistryColumn.Header.of(cells);
                if (header.known() >= 3) {
                    found.set(header);
                    return false;
                }
                return ++seen[0] < HEADER_SEARCH_ROWS;
            });
        } catch (IOException e) {
            throw ProblemException.invalid(new FieldViolation("file", "CONTENT_NOT_OF_TYPE", format.mediaType()));
        }
        RegistryColumn.Header header = found.get();
        if (header == null) {
            throw ProblemException.invalid(new FieldViolation("file", "NO_HEADER"));
        }
        List<FieldViolation> violations = new ArrayList<>();
        header.missing().forEach(c -> violations.add(new FieldViolation("file", "MISSING_COLUMN", bothHeadings(c))));
        header.repeated().forEach(c -> violations.add(new FieldViolation("file", "REPEATED_COLUMN", bothHeadings(c))));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return header;
    }

    private static String bothHeadings(RegistryColumn column) {
        return column.heading(vn.treem.platform.i18n.Languages.VIETNAMESE) + " / "
                + column.heading(vn.treem.platform.i18n.Languages.ENGLISH);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    static String sha256Of(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload is removed by the next purge
        }
    }
}
