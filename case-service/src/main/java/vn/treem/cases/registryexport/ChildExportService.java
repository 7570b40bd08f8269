package vn.treem.cases.registryexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Sex;
import vn.treem.cases.registryimport.ImportFormat;
import vn.treem.cases.registryimport.RegistryColumn;
import vn.treem.cases.registryimport.RegistryValues;
import vn.treem.cases.registryimport.SheetWriter;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.i18n.Messages;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Export of the children living in a unit, in the import's format (ADR 0013): the same columns, the Treem id first, so
 * that importing an exported file reports every row as already registered. Streamed from a database cursor; every child
 * exported is written to the access log (action EXPORT) in the same transaction. Sensitive children (G11/G12) only for
 * approvers and the workers assigned to their cases, as everywhere (ADR 0009).
 */
@ApplicationScoped
public class ChildExportService {

    private static final Logger LOG = Logger.getLogger(ChildExportService.class);
    private static final String CHILDREN = """
             from child c
            where c.residence_commune_code = any (?)
              and (? or not c.sensitive or exists (select 1 from case_assignment a
                   join protection_case k on k.id = a.case_id where k.child_id = c.id and a.subject = ?))""";

    @Inject
    RecordAccess access;

    @Inject
    AdminUnitDirectory units;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "treem.child-exports.timeout", defaultValue = "PT1H")
    Duration timeout;

    /** What to export, checked in the request: the unit within the caller's, and who asks. */
    public record Export(String unit, ImportFormat format, Locale locale, Set<String> communes, boolean approver,
            String subject) {
    }

    public Export prepare(String unit, String format, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>();
        ImportFormat chosen = format == null || format.isBlank()
                ? ImportFormat.XLSX
                : ImportFormat.named(format).orElse(null);
        if (chosen == null) {
            violations.add(new FieldViolation("format", "UNKNOWN_VALUE", "xlsx, csv"));
        }
        if (unit == null || unit.isBlank()) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (units.current(unit).isEmpty()) {
            violations.add(new FieldViolation("unit", units.everExisted(unit) ? "RETIRED_UNIT" : "UNKNOWN_UNIT",
                    unit));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!access.covers(unit)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), unit);
        }
        return new Export(unit, chosen, locale, units.subtree(unit, AdminUnitDirectory.today()), access.isApprover(),
                access.subject());
    }

    /**
     * Writes the export; runs after the request method returned, with what {@link #prepare} captured. The access log is
     * written and committed first, so that an export cut short is still on record.
     */
    public void write(Export export, OutputStream out) {
        String[] communes = export.communes().toArray(String[]::new);
        int logged = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement log = connection.prepareStatement("""
                            insert into access_log (record_type, record_id, subject, action, fields, at)
                            select 'CHILD', c.id, ?, 'EXPORT', 'identity,caregivers,groups', now()""" + CHILDREN)) {
                log.setString(1, export.subject());
                bind(log, 2, connection, communes, export);
                return log.executeUpdate();
            }
        });
        QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("""
                            select c.id, c.full_name, c.birth_date, c.sex, c.ethnicity, c.residence_commune_code,
                                   c.personal_id_number,
                                   (select string_agg(g.group_code, '; ' order by g.group_code) from child_group g
                                     where g.child_id = c.id),
                                   cg.full_name, cg.relationship, cg.phone
                            """ + CHILDREN.replace("from child c",
                            "from child c left join child_caregiver cg on cg.child_id = c.id and cg.position = 0")
                            + " order by c.residence_commune_code, c.name_key, c.id")) {
                query.setFetchSize(1000);
                bind(query, 1, connection, communes, export);
                try (ResultSet rows = query.executeQuery();
                        SheetWriter sheet = SheetWriter.of(export.format(), out,
                                Messages.text(export.locale(), "registry.sheet.children"))) {
                    sheet.header(Arrays.stream(RegistryColumn.values()).map(c -> c.heading(export.locale()))
                            .toList());
                    while (rows.next()) {
                        sheet.row(row(rows, export.locale()));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("children could not be exported (" + e.getSQLState() + ")", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        LOG.infof("children of unit %s exported as %s: %d", export.unit(), export.format(), logged);
    }

    private static void bind(PreparedStatement statement, int first, Connection connection, String[] communes,
            Export export) throws SQLException {
        statement.setArray(first, connection.createArrayOf("varchar", communes));
        statement.setBoolean(first + 1, export.approver());
        statement.setString(first + 2, export.subject());
    }

    /** A child as a row of {@link RegistryColumn}s. */
    private static List<Object> row(ResultSet rows, Locale locale) throws SQLException {
        List<Object> cells = new ArrayList<>(RegistryColumn.values().length);
        cells.add(rows.getObject(1, UUID.class).toString());
        cells.add(rows.getString(2));
        cells.add(rows.getObject(3, LocalDate.class));
        cells.add(RegistryValues.sexLabel(Sex.valueOf(rows.getString(4)), locale));
        String ethnicity = rows.getString(5);
        cells.add(ethnicity == null ? null : RegistryValues.ethnicityLabel(ethnicity, locale));
        cells.add(rows.getString(6));
        cells.add(rows.getString(7));
        cells.add(rows.getString(8));
        cells.add(rows.getString(9));
        String relationship = rows.getString(10);
        cells.add(relationship == null
                ? null
                : RegistryValues.relationshipLabel(CaregiverRelationship.valueOf(relationship), locale));
        cells.add(rows.getString(11));
        return cells;
    }
}
