package vn.treem.platform.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Row count and md5 of the ordered rows of every table of a service's database (the outbox included), to prove that a
 * run of hostile requests changed nothing.
 */
public final class DatabaseDigest {

    private final String url;
    private final String user;
    private final String password;
    private final Set<String> excluded;

    /**
     * @param excluded
     *            tables left out besides {@code flyway_schema_history}: only those that legitimately record reads (an
     *            access log), each with its reason in the test
     */
    public DatabaseDigest(String url, String user, String password, Set<String> excluded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.excluded = excluded;
    }

    /** Table name → "rows:md5". */
    public Map<String, String> take() {
        Map<String, String> digest = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_schema || '.' || table_name from"
                    + " information_schema.tables where table_type = 'BASE TABLE'"
                    + " and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String name = table.substring(table.indexOf('.') + 1);
                if (name.equals("flyway_schema_history") || excluded.contains(name)) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|'"
                        + " order by t::text), '')) from " + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("digest of " + url, e);
        }
        return digest;
    }

    /** The tables whose digest differs, with before → after. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                changes.add(table + ": " + before.get(table) + " → " + after.get(table));
            }
        }
        return changes;
    }
}
