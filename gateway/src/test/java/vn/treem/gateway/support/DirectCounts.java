package vn.treem.gateway.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each indicator computed by reporting-service from events must equal: a count over case-service's own database
 * for the current year, for a commune or a province of the current hierarchy. Used by the end-to-end test and the
 * fault-injection suite.
 */
public final class DirectCounts {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ABUSE = "'VIOLENCE','EXPLOITATION','SEXUAL_ABUSE','TRAFFICKING','ABANDONMENT','NEGLECT',"
            + "'OTHER_ABUSE'";

    /**
     * The indicators with a direct count, each by its query ({@code %s}: the unit filter, then the abuse categories).
     */
    public static final Map<String, String> QUERIES = queries();

    private DirectCounts() {
    }

    private static Map<String, String> queries() {
        Map<String, String> direct = new LinkedHashMap<>();
        direct.put("INTAKES_RECEIVED", """
                select count(*) from intake i join protection_case pc on pc.id = i.case_id
                where %s and i.received_at >= ? and i.received_at < ?""");
        direct.put("ABUSED_CHILDREN", """
                select count(distinct pc.child_id) from intake i join protection_case pc on pc.id = i.case_id
                where %s and i.received_at >= ? and i.received_at < ? and exists (select 1 from intake_concern k
                where k.intake_id = i.id and k.category in (%s))""");
        direct.put("ABUSED_CHILDREN_WITH_INTERVENTION", """
                select count(distinct pc.child_id) from intake i join protection_case pc on pc.id = i.case_id
                where %s and i.received_at >= ? and i.received_at < ? and exists (select 1 from intake_concern k
                where k.intake_id = i.id and k.category in (%s)) and (exists (select 1 from service_delivery s
                where s.case_id = pc.id) or exists (select 1 from case_transition t where t.case_id = pc.id
                and t.to_status = 'IN_INTERVENTION'))""");
        direct.put("CHILDREN_SPECIAL_CIRCUMSTANCES", """
                select count(distinct c.id) from child c join child_group g on g.child_id = c.id
                where %s and c.created_at < ? and (g.until is null or g.until >= ?::date - 1)
                and (g.since is null or g.since <= ?::date - 1)""");
        direct.put("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED", """
                select count(distinct c.id) from child c join child_group g on g.child_id = c.id
                where %s and c.created_at < ? and (g.until is null or g.until >= ?::date - 1)
                and (g.since is null or g.since <= ?::date - 1) and exists (select 1 from protection_case pc
                where pc.child_id = c.id and (exists (select 1 from service_delivery s where s.case_id = pc.id)
                or exists (select 1 from case_transition t where t.case_id = pc.id
                and t.to_status = 'IN_INTERVENTION')))""");
        return java.util.Collections.unmodifiableMap(direct);
    }

    /**
     * The direct count of {@code indicator} for {@code unit} (a commune code, or a province code when {@code province})
     * this year, over case-service's database behind {@code cases}.
     */
    public static long count(Connection cases, String indicator, String unit, boolean province) throws SQLException {
        String sql = QUERIES.get(indicator);
        boolean child = indicator.startsWith("CHILDREN");
        String where = child
                ? (province
                        ? "c.residence_commune_code in (select code from admin_unit where parent_code = '" + unit
                                + "' and valid_to is null)"
                        : "c.residence_commune_code = '" + unit + "'")
                : (province ? "pc.province_code = '" + unit + "'" : "i.commune_code = '" + unit + "'");
        String query = sql.indexOf("%s") != sql.lastIndexOf("%s")
                ? String.format(sql, "(" + where + ")", ABUSE)
                : String.format(sql, "(" + where + ")");
        var start = java.sql.Timestamp.from(Year.now(VIETNAM).atDay(1).atStartOfDay(VIETNAM).toInstant());
        var end = java.sql.Timestamp.from(Year.now(VIETNAM).plusYears(1).atDay(1).atStartOfDay(VIETNAM).toInstant());
        try (var statement = cases.prepareStatement(query)) {
            if (sql.contains("c.created_at")) {
                statement.setTimestamp(1, end);
                java.sql.Date nextYear = java.sql.Date.valueOf(Year.now(VIETNAM).plusYears(1).atDay(1));
                statement.setDate(2, nextYear);
                statement.setDate(3, nextYear);
            } else {
                statement.setTimestamp(1, start);
                statement.setTimestamp(2, end);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
