package vn.treem.cases.registryimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.treem.cases.child.AgeBand;
import vn.treem.cases.child.ChildService;
import vn.treem.cases.events.ChildRecordEvent;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.OutboxRelay;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.SafeLog;

/**
 * Runs import jobs, one at a time, outside any request (ADR 0013):
 * <ol>
 * <li><b>Reading.</b> The file is streamed row by row; each row is checked ({@link RowChecker}) and copied with
 * PostgreSQL {@code COPY} into the unlogged staging table {@code child_import_row}, valid or not, in one
 * transaction.</li>
 * <li><b>Checking.</b> Set-based, in SQL: rows that repeat an earlier row of the file (same ID number, or same
 * accent-free name, birth date and commune) and rows naming a Treem id; the report of invalid rows.</li>
 * <li><b>Importing.</b> Batches of {@code treem.child-imports.batch-size} new rows, one transaction each, holding an
 * advisory lock so that concurrent imports do not insert the same child twice: rows matching a registered child are
 * reported and left out, the others inserted with {@code INSERT … SELECT} (child, caregiver, groups, access log) and
 * their {@code child.registered} events (built in SQL, {@link RegisteredEventSql}) and national sync rows. A row is all
 * or nothing.</li>
 * </ol>
 * The staging rows (personal data) are deleted when the job ends, whatever its outcome; so is the file.
 */
@ApplicationScoped
public class ChildImportJobs {

    private static final Logger LOG = Logger.getLogger(ChildImportJobs.class);
    /** pg_advisory_xact_lock key of the import batches: "trimport". */
    private static final long IMPORT_LOCK = 0x7472696d706f7274L;
    private static final int PROGRESS_EVERY = 10_000;
    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';
    private static final String ROWS = " import_id = ? and row_number > ? and row_number <= ?";

    /** Fired when a job is queued; it starts once the upload's transaction has committed. */
    public record Queued(UUID id) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChildService registry;

    @Inject
    AdminUnitDirectory units;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "treem.events.source")
    String source;

    @ConfigProperty(name = "treem.child-imports.batch-size", defaultValue = "50000")
    int batchSize;

    @ConfigProperty(name = "treem.child-imports.directory")
    Path directory;

    @ConfigProperty(name = "treem.child-imports.read-timeout", defaultValue = "PT1H")
    Duration readTimeout;

    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "child-import"));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path fileOf(Path directory, UUID id, ImportFormat format) {
        return directory.resolve(id + "." + format.extension());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued job) {
        executor.execute(() -> run(job.id()));
    }

    /** A job as the runner needs it. */
    private record Job(UUID id, String owner, String unit, boolean approver, ImportFormat format,
            Map<String, Long> spent) {

        /** Adds the time since {@code since} to {@code step}, for the log line of the job's end; returns now. */
        long spent(String step, long since) {
            long now = System.nanoTime();
            spent.merge(step, now - since, Long::sum);
            return now;
        }
    }

    void run(UUID id) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            ChildImport found = ChildImport.findById(id);
            if (found == null || found.status != ChildImport.Status.QUEUED) {
                return null;
            }
            found.status = ChildImport.Status.RUNNING;
            found.phase = ChildImport.Phase.READING;
            found.startedAt = OffsetDateTime.now();
            found.heartbeatAt = found.startedAt;
            return new Job(found.id, found.owner, found.ownerUnit, found.approver, found.format,
                    new LinkedHashMap<>());
        });
        if (job == null) {
            return;
        }
        Path file = fileOf(directory, id, job.format());
        long started = System.nanoTime();
        try {
            LocalDate today = AdminUnitDirectory.today();
            Set<String> reach = AdminUnit.COUNTRY_CODE.equals(job.unit())
                    ? Set.of()
                    : units.subtree(job.unit(), today);
            ImportScope scope = new ImportScope(job.owner(), job.unit(), job.approver(), reach);
            read(job, file, scope, today);
            long read = System.nanoTime();
            check(job);
            long checked = System.nanoTime();
            insert(job, scope, today);
            long inserted = System.nanoTime();
            finish(id, "DONE", null);
            StringBuilder steps = new StringBuilder();
            job.spent().forEach((step, nanos) -> steps.append(", ").append(step).append(' ')
                    .append(nanos / 1_000_000).append(" ms"));
            LOG.infof("child import %s done: read %d ms, checked %d ms, inserted %d ms (of which%s)", id,
                    (read - started) / 1_000_000, (checked - read) / 1_000_000, (inserted - checked) / 1_000_000,
                    steps.length() == 0 ? " nothing" : steps.substring(1));
        } catch (ProblemException | UncheckedIOException e) {
            LOG.warnf("child import %s failed: the file could not be read (%s)", id, e.getClass().getSimpleName());
            finish(id, "FAILED", "FILE_UNREADABLE");
        } catch (RuntimeException e) {
            LOG.errorf("child import %s failed (SQL state %s): %s", id, sqlState(e), SafeLog.describe(e));
            finish(id, "FAILED", "INTERNAL");
        } finally {
            ChildImportService.delete(file);
        }
    }

    /** The SQL state of a database error in {@code error}'s causes: a code, unlike the message. */
    private static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "-";
    }

    // ---------------------------------------------------------------------------------------------- 1. reading

    private void read(Job job, Path file, ImportScope scope, LocalDate today) {
        QuarkusTransaction.requiringNew().timeout((int) readTimeout.toSeconds()).run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy child_import_row (import_id, row_number, outcome, issues, child_id, full_name, name_key,
                            sex, birth_date, personal_id_number, ethnicity, residence_commune_code, groups, sensitive,
                            caregiver_name, caregiver_relationship, caregiver_phone, caregiver_guardian,
                            province_code, age_band)
                        from stdin""");
                try {
                    Stager stager = new Stager(job, copy, scope, today);
                    SpreadsheetRows.read(file, job.format(), stager::row);
                    stager.flush();
                    copy.endCopy();
                    progress(job.id(), stager.read, stager.invalid);
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("staging rows could not be copied", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Checks each row after the header and writes it as a COPY line of the staging table. */
    private final class Stager {

        private final Job job;
        private final CopyIn copy;
        private final ImportScope scope;
        private final LocalDate today;
        private final String importId;
        private final StringBuilder lines = new StringBuilder(1 << 17);
        private final Map<String, String> provinces = new HashMap<>();
        private RowChecker checker;
        private int before;
        int read;
        int invalid;

        Stager(Job job, CopyIn copy, ImportScope scope, LocalDate today) {
            this.job = job;
            this.copy = copy;
            this.scope = scope;
            this.today = today;
            this.importId = job.id().toString();
        }

        boolean row(int number, List<String> cells) {
            if (checker == null) {
                RegistryColumn.Header header = RegistryColumn.Header.of(cells);
                if (header.known() >= 3 && header.usable()) {
                    checker = new RowChecker(registry, header, scope, today);
                } else if (++before >= ChildImportService.HEADER_SEARCH_ROWS) {
                    throw new UncheckedIOException(new IOException("no header row"));
                }
                return true;
            }
            CheckedRow row = checker.check(number, cells);
            read++;
            line(row);
            if (lines.length() > (1 << 16)) {
                flush();
            }
            if (read % PROGRESS_EVERY == 0) {
                progress(job.id(), read, invalid);
            }
            return true;
        }

        private void line(CheckedRow row) {
            StringBuilder out = lines;
            field(out, importId);
            field(out, String.valueOf(row.number()));
            if (!row.valid()) {
                invalid++;
                field(out, "INVALID");
                StringBuilder issues = new StringBuilder();
                for (RowIssue issue : row.issues()) {
                    if (!issues.isEmpty()) {
                        issues.append(RECORD);
                    }
                    issues.append(issue.field()).append(UNIT).append(issue.code()).append(UNIT)
                            .append(issue.arg() == null ? "" : issue.arg().replace(UNIT, ' ').replace(RECORD, ' '));
                }
                field(out, issues.toString());
                for (int i = 0; i < 16; i++) {
                    field(out, null);
                }
                out.setCharAt(out.length() - 1, '\n');
                return;
            }
            boolean given = row.givenId() != null;
            field(out, given ? "GIVEN_ID" : "NEW");
            field(out, null);
            // A new child's id is time-ordered (UUID version 7): a batch's rows land on the right-hand pages of the
            // indexes keyed by child id (child, caregivers, groups, access log, national sync) instead of all over them.
            field(out, given ? row.givenId().toString() : UuidVersion7Strategy.INSTANCE.generateUuid(null).toString());
            field(out, row.fullName());
            field(out, row.nameKey());
            field(out, row.sex() == null ? null : row.sex().name());
            field(out, row.birthDate() == null ? null : row.birthDate().toString());
            field(out, row.personalIdNumber());
            field(out, row.ethnicity());
            field(out, row.communeCode());
            field(out, row.groups().isEmpty()
                    ? null
                    : String.join(",", row.groups().stream().map(Enum::name).toList()));
            field(out, row.sensitive() ? "t" : "f");
            field(out, row.caregiverName());
            field(out, row.caregiverRelationship() == null ? null : row.caregiverRelationship().name());
            field(out, row.caregiverPhone());
            field(out, row.caregiverRelationship() == vn.treem.cases.child.CaregiverRelationship.GUARDIAN
                    ? "t"
                    : "f");
            // What the child.registered event derives from today's hierarchy and date, as ChildService.event does.
            field(out, row.communeCode() == null
                    ? null
                    : provinces.computeIfAbsent(row.communeCode(),
                            commune -> units.current(commune).map(AdminUnit::parentCode).orElse(null)));
            field(out, row.birthDate() == null
                    ? null
                    : AgeBand.of(Math.max(0, Math.min(AgeBand.ageOn(row.birthDate(), today),
                            AgeBand.CHILD_AGE_LIMIT))).name());
            out.setCharAt(out.length() - 1, '\n');
        }

        void flush() {
            if (lines.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("staging rows could not be copied", e);
            }
            lines.setLength(0);
            job.spent("staging COPY writes", start);
        }
    }

    /** Appends a field of PostgreSQL's COPY text format, followed by a tab. */
    static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
        } else if (plain(value)) {
            out.append(value);
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\t');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private void progress(UUID id, int read, int invalid) {
        QuarkusTransaction.requiringNew().run(() -> update("""
                update child_import set rows_read = ?, rows_invalid = ?, rows_valid = ? - ?, heartbeat_at = now()
                where id = ?""", read, invalid, read, invalid, id));
    }

    // --------------------------------------------------------------------------------------------- 2. checking

    private void check(Job job) {
        UUID id = job.id();
        QuarkusTransaction.requiringNew().timeout((int) readTimeout.toSeconds()).run(() -> {
            update("update child_import set phase = 'CHECKING', heartbeat_at = now() where id = ?", id);
            // Rows exported from the registry name a child by id: already registered, or an error.
            update("""
                    update child_import_row r set outcome = 'REGISTERED', matched_child = r.child_id,
                        matched_on = 'RECORD'
                    where r.import_id = ? and r.outcome = 'GIVEN_ID'
                      and exists (select 1 from child c where c.id = r.child_id)""", id);
            update("""
                    update child_import_row set outcome = 'INVALID', issues = ?
                    where import_id = ? and outcome = 'GIVEN_ID'""", "childId" + UNIT + "UNKNOWN_CHILD" + UNIT, id);
            // The same child twice in the file: the later rows repeat the first.
            update("""
                    update child_import_row r set outcome = 'DUPLICATE_IN_FILE', first_row = d.first_row,
                        matched_on = d.matched_on
                    from (select row_number,
                                 case when by_id < by_name then by_id else by_name end as first_row,
                                 case when by_id < by_name then 'PERSONAL_ID' else 'NAME_BIRTH_DATE_COMMUNE' end
                                     as matched_on
                          from (select row_number,
                                       case when personal_id_number is null then row_number
                                            else min(row_number) over (partition by personal_id_number) end as by_id,
                                       min(row_number) over (partition by name_key, birth_date,
                                           residence_commune_code) as by_name
                                from child_import_row where import_id = ? and outcome = 'NEW') w) d
                    where r.import_id = ? and r.row_number = d.row_number and d.first_row < r.row_number""", id,
                    id);
            update("""
                    insert into child_import_issue (import_id, row_number, seq, kind, field, code, arg)
                    select r.import_id, r.row_number, i.seq, 'INVALID', split_part(i.issue, ?, 1),
                           split_part(i.issue, ?, 2), nullif(split_part(i.issue, ?, 3), '')
                    from child_import_row r
                    cross join lateral unnest(string_to_array(r.issues, ?)) with ordinality as i(issue, seq)
                    where r.import_id = ? and r.outcome = 'INVALID'""", String.valueOf(UNIT), String.valueOf(UNIT),
                    String.valueOf(UNIT), String.valueOf(RECORD), id);
            update("""
                    insert into child_import_issue (import_id, row_number, seq, kind, field, code, arg)
                    select import_id, row_number, 1, 'DUPLICATE',
                           case matched_on when 'PERSONAL_ID' then 'personalIdNumber' else 'fullName' end,
                           'DUPLICATE_IN_FILE', first_row::text
                    from child_import_row where import_id = ? and outcome = 'DUPLICATE_IN_FILE'""", id);
            update("""
                    update child_import j set rows_invalid = s.invalid, rows_valid = j.rows_read - s.invalid,
                        rows_duplicate = s.duplicate, phase = 'IMPORTING', heartbeat_at = now()
                    from (select count(*) filter (where outcome = 'INVALID') as invalid,
                                 count(*) filter (where outcome in ('DUPLICATE_IN_FILE', 'REGISTERED')) as duplicate
                          from child_import_row where import_id = ?) s
                    where j.id = ?""", id, id);
            update("analyze child_import_row");
        });
    }

    // -------------------------------------------------------------------------------------------- 3. importing

    private void insert(Job job, ImportScope scope, LocalDate today) {
        UUID id = job.id();
        // Children named by their Treem id are reported with the others of their batch's kind, here at once.
        QuarkusTransaction.requiringNew().run(() -> duplicates(id, 0, Integer.MAX_VALUE, scope, "RECORD"));
        int after = 0;
        while (true) {
            int from = after;
            Integer last = QuarkusTransaction.requiringNew().call(() -> lastOfBatch(id, from));
            if (last == null) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> batch(job, from, last, scope, today));
            relay.wakeUp();
            after = last;
        }
    }

    private Integer lastOfBatch(UUID id, int after) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select max(row_number) from (select row_number from child_import_row
                            where import_id = ? and row_number > ? and outcome = 'NEW'
                            order by row_number limit ?) b""")) {
            query.setObject(1, id);
            query.setInt(2, after);
            query.setInt(3, batchSize);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                int last = rows.getInt(1);
                return rows.wasNull() ? null : last;
            }
        }
    }

    private void batch(Job job, int from, int to, ImportScope scope, LocalDate today) {
        UUID id = job.id();
        // Microseconds, as PostgreSQL keeps them: the event's time is the child's created_at.
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        long step = System.nanoTime();
        update("select pg_advisory_xact_lock(?)", IMPORT_LOCK);
        // The registry's duplicate rules (ChildService.candidates): same ID number, or same name, birth date, commune.
        // Each row of the batch probes the registry's index (LATERAL ... LIMIT 1): the registry grows with every batch
        // faster than its statistics, and a plan chosen from them read and sorted the whole registry for each batch.
        int byId = update("""
                update child_import_row r set outcome = 'REGISTERED', matched_child = m.id, matched_on = 'PERSONAL_ID'
                from child_import_row s
                cross join lateral (select c.id from child c where c.personal_id_number = s.personal_id_number
                                    limit 1) m
                where s.import_id = ? and s.row_number > ? and s.row_number <= ? and s.outcome = 'NEW'
                  and s.personal_id_number is not null
                  and r.import_id = s.import_id and r.row_number = s.row_number""", id, from, to);
        int byName = update("""
                update child_import_row r set outcome = 'REGISTERED', matched_child = m.id,
                    matched_on = 'NAME_BIRTH_DATE_COMMUNE'
                from child_import_row s
                cross join lateral (select c.id from child c
                                    where c.name_key = s.name_key and c.birth_date = s.birth_date
                                      and c.residence_commune_code = s.residence_commune_code
                                    limit 1) m
                where s.import_id = ? and s.row_number > ? and s.row_number <= ? and s.outcome = 'NEW'
                  and r.import_id = s.import_id and r.row_number = s.row_number""", id, from, to);
        duplicates(id, from, to, scope, null);
        step = job.spent("registry duplicates", step);
        int imported = update("""
                insert into child (id, full_name, sex, birth_date, created_at, version, personal_id_number, name_key,
                    ethnicity, residence_commune_code, created_by, updated_at, sensitive)
                select child_id, full_name, sex, birth_date, cast(? as timestamptz), 0, personal_id_number, name_key,
                    ethnicity, residence_commune_code, ?, cast(? as timestamptz), sensitive
                from child_import_row where """ + ROWS + " and outcome = 'NEW'", at, job.owner(), at, id, from, to);
        step = job.spent("child", step);
        update("""
                insert into child_caregiver (child_id, position, full_name, relationship, phone, guardian,
                    lives_with_child)
                select child_id, 0, caregiver_name, caregiver_relationship, caregiver_phone, caregiver_guardian, false
                from child_import_row where """ + ROWS + " and outcome = 'NEW' and caregiver_name is not null", id,
                from, to);
        update("""
                insert into child_group (child_id, position, group_code)
                select r.child_id, g.ord - 1, g.code
                from child_import_row r
                cross join lateral unnest(string_to_array(r.groups, ',')) with ordinality as g(code, ord)
                where r.import_id = ? and r.row_number > ? and r.row_number <= ? and r.outcome = 'NEW'
                  and r.groups is not null""", id, from, to);
        update("""
                insert into access_log (record_type, record_id, subject, action, fields, at)
                select 'CHILD', child_id, ?, 'IMPORT', 'identity,caregivers,groups', cast(? as timestamptz)
                from child_import_row where """ + ROWS + " and outcome = 'NEW'", job.owner(), at, id, from, to);
        step = job.spent("caregiver, groups, access log", step);
        RegisteredEventSql event = RegisteredEventSql.of(source, at);
        List<Object> parameters = new ArrayList<>(event.parameters());
        parameters.addAll(List.of(at, id, from, to));
        update("insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, payload, created_at)"
                + " select r.event_id, 'child', r.child_id::text, '" + ChildRecordEvent.REGISTERED + "', "
                + event.sql() + ", cast(? as timestamptz)"
                + " from (select row_number, child_id, residence_commune_code, province_code, sex, age_band,"
                + " ethnicity, groups, gen_random_uuid()::text as event_id from child_import_row"
                + " where import_id = ? and row_number > ? and row_number <= ? and outcome = 'NEW') r"
                + " order by r.row_number", parameters.toArray());
        step = job.spent("events", step);
        // The national child database hears of each new child, as of a child registered one by one (ADR 0012).
        update("""
                insert into national_sync_outbox (kind, child_id, commune_code, status, attempts, next_attempt_at,
                    created_at)
                select 'CHILD', child_id, residence_commune_code, 'PENDING', 0, cast(? as timestamptz),
                    cast(? as timestamptz)
                from child_import_row where""" + ROWS + " and outcome = 'NEW'", at, at, id, from, to);
        job.spent("national sync", step);
        update("""
                update child_import set rows_imported = rows_imported + ?, rows_duplicate = rows_duplicate + ?,
                    heartbeat_at = now()
                where id = ?""", imported, byId + byName, id);
    }

    /** Reports the rows of a batch found registered already; the child's id only when the uploader may see them. */
    private void duplicates(UUID id, int from, int to, ImportScope scope, String only) {
        update("""
                insert into child_import_issue (import_id, row_number, seq, kind, field, code, child_id)
                select r.import_id, r.row_number, 1, 'DUPLICATE',
                       case r.matched_on when 'PERSONAL_ID' then 'personalIdNumber' when 'RECORD' then 'childId'
                            else 'fullName' end,
                       case r.matched_on when 'PERSONAL_ID' then 'REGISTERED_SAME_ID'
                            when 'RECORD' then 'REGISTERED_SAME_RECORD' else 'REGISTERED_SAME_NAME' end,
                       case when (? or c.residence_commune_code = any (?)) and (not c.sensitive or ?)
                            then c.id end
                from child_import_row r join child c on c.id = r.matched_child
                where r.import_id = ? and r.row_number > ? and r.row_number <= ? and r.outcome = 'REGISTERED'
                  and (cast(? as varchar) is null or r.matched_on = ?)
                  and not exists (select 1 from child_import_issue i
                                  where i.import_id = r.import_id and i.row_number = r.row_number)""",
                scope.national(), scope.units().toArray(String[]::new), scope.approver(), id, from, to, only, only);
    }

    // ------------------------------------------------------------------------------------------------ the end

    private void finish(UUID id, String status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            update("delete from child_import_row where import_id = ?", id);
            update("""
                    update child_import set status = ?, failure = ?, phase = null, finished_at = now(),
                        heartbeat_at = now()
                    where id = ?""", status, failure, id);
        });
    }

    /**
     * Jobs whose runner stopped (a restart, a crash) are failed as INTERRUPTED: running the same file again imports
     * what is missing and nothing twice. Old jobs and their reports go after 30 days.
     */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> {
            update("""
                    update child_import set status = 'FAILED', failure = 'INTERRUPTED', phase = null,
                        finished_at = now()
                    where (status = 'RUNNING' and heartbeat_at < now() - interval '15 minutes')
                       or (status = 'QUEUED' and created_at < now() - interval '1 day')""");
            update("""
                    delete from child_import_row where import_id in
                        (select id from child_import where status in ('DONE', 'FAILED'))""");
            update("delete from child_import where created_at < now() - interval '30 days'");
        });
    }

    /** Runs a statement on the transaction's connection; returns the count of rows it changed. */
    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else if (value instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("varchar", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            if (sql.strip().startsWith("select")) {
                statement.execute();
                return 0;
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("an import statement failed (" + e.getSQLState() + ")", e);
        }
    }
}
