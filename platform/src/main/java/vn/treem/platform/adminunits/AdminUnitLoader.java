package vn.treem.platform.adminunits;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Loads the bundled administrative-unit datasets (General Statistics Office lists, MIT-licensed compilation, see
 * {@code admin-units/LICENSE}) into the service's {@code admin_unit} table, once per dataset checksum. Replicas
 * starting together serialise on an advisory lock.
 */
@ApplicationScoped
public class AdminUnitLoader {

    private static final Logger LOG = Logger.getLogger(AdminUnitLoader.class);
    private static final long ADVISORY_LOCK = 0x7472656d756e6974L; // "tremunit"

    /** The hierarchy in force before the 2025 reform (data cut-off 1 March 2025). */
    public static final Edition BEFORE_REFORM = new Edition("2025-03", "admin-units/units-2025-03.json",
            LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30));
    /** The two-tier hierarchy in force since 1 July 2025. */
    public static final Edition AFTER_REFORM = new Edition("2026", "admin-units/units-2026.json",
            LocalDate.of(2025, 7, 1), null);

    public record Edition(String name, String resource, LocalDate validFrom, LocalDate validTo) {
    }

    /** The published 2025 merger texts: what each new province and commune was formed from. */
    public static final String MERGERS = "admin-units/merger-2025.json";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public void ensureLoaded() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ADVISORY_LOCK);
                lock.execute();
            }
            upsertCountry(connection);
            for (Edition edition : List.of(BEFORE_REFORM, AFTER_REFORM)) {
                load(connection, edition);
            }
            connection.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("administrative units could not be loaded", e);
        }
    }

    private void upsertCountry(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into admin_unit (code, valid_from, valid_to, edition, level, name, parent_code)
                values ('VN', ?, null, 'root', 'COUNTRY', 'Việt Nam', null) on conflict do nothing""")) {
            insert.setDate(1, Date.valueOf(BEFORE_REFORM.validFrom()));
            insert.executeUpdate();
        }
    }

    private void load(Connection connection, Edition edition) throws SQLException, IOException {
        byte[] bytes;
        try (InputStream in = AdminUnitLoader.class.getClassLoader().getResourceAsStream(edition.resource())) {
            if (in == null) {
                throw new IOException("missing resource " + edition.resource());
            }
            bytes = in.readAllBytes();
        }
        String checksum = sha256(bytes);
        try (PreparedStatement current = connection
                .prepareStatement("select checksum from admin_unit_edition where edition = ?")) {
            current.setString(1, edition.name());
            var result = current.executeQuery();
            if (result.next() && checksum.equals(result.getString(1))) {
                return;
            }
        }
        List<AdminUnit> units = parse(json.readTree(bytes), edition);
        try (PreparedStatement delete = connection.prepareStatement("delete from admin_unit where edition = ?")) {
            delete.setString(1, edition.name());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into admin_unit (code, valid_from, valid_to, edition, level, name, parent_code)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (AdminUnit unit : units) {
                insert.setString(1, unit.code());
                insert.setDate(2, Date.valueOf(unit.validFrom()));
                insert.setDate(3, unit.validTo() == null ? null : Date.valueOf(unit.validTo()));
                insert.setString(4, unit.edition());
                insert.setString(5, unit.level().name());
                insert.setString(6, unit.name());
                insert.setString(7, unit.parentCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement record = connection.prepareStatement("""
                insert into admin_unit_edition (edition, valid_from, valid_to, units, checksum, loaded_at)
                values (?, ?, ?, ?, ?, now())
                on conflict (edition) do update set units = excluded.units, checksum = excluded.checksum,
                    loaded_at = excluded.loaded_at""")) {
            record.setString(1, edition.name());
            record.setDate(2, Date.valueOf(edition.validFrom()));
            record.setDate(3, edition.validTo() == null ? null : Date.valueOf(edition.validTo()));
            record.setInt(4, units.size());
            record.setString(5, checksum);
            record.executeUpdate();
        }
        LOG.infof("loaded %d administrative units of edition %s", units.size(), edition.name());
    }

    /** The 2025 merger lineage, built from the bundled datasets alone (no database); see {@link MergerMap}. */
    public MergerMap mergers() {
        try {
            MergerMap mergers = readMergers(json);
            MergerMap.Stats stats = mergers.stats();
            LOG.infof("merger lineage: %d of %d predecessor mentions resolved, %d partial links", stats.resolved(),
                    stats.predecessorTexts(), stats.partial());
            return mergers;
        } catch (IOException e) {
            throw new IllegalStateException("the 2025 merger lineage could not be read", e);
        }
    }

    /** Builds the merger lineage from the bundled resources {@link #MERGERS} and the two editions. */
    static MergerMap readMergers(ObjectMapper json) throws IOException {
        List<AdminUnit> before = parse(json.readTree(resource(BEFORE_REFORM.resource())), BEFORE_REFORM);
        List<AdminUnit> after = parse(json.readTree(resource(AFTER_REFORM.resource())), AFTER_REFORM);
        return MergerMap.build(json.readTree(resource(MERGERS)), before, after);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AdminUnitLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Both dataset shapes: provinces with districts and wards (2025-03), provinces with wards (2026). */
    static List<AdminUnit> parse(JsonNode provinces, Edition edition) {
        List<AdminUnit> units = new ArrayList<>();
        for (JsonNode province : provinces) {
            String provinceCode = province.path("Code").asText();
            units.add(unit(province, AdminUnit.Level.PROVINCE, AdminUnit.COUNTRY_CODE, edition));
            for (JsonNode district : iterable(province.path("District"))) {
                units.add(unit(district, AdminUnit.Level.DISTRICT, provinceCode, edition));
                for (JsonNode ward : iterable(district.path("Ward"))) {
                    units.add(unit(ward, AdminUnit.Level.COMMUNE, district.path("Code").asText(), edition));
                }
            }
            for (JsonNode ward : iterable(province.path("Wards"))) {
                units.add(unit(ward, AdminUnit.Level.COMMUNE, provinceCode, edition));
            }
        }
        return units;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node.isArray() ? node : List.of();
    }

    private static AdminUnit unit(JsonNode node, AdminUnit.Level level, String parent, Edition edition) {
        return new AdminUnit(node.path("Code").asText(), node.path("FullName").asText(), level, parent, edition.name(),
                edition.validFrom(), edition.validTo());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
