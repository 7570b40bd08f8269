package vn.treem.reporting.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.treem.platform.adminunits.AdminUnitDirectory;

/**
 * Counts the computed indicators from the projected facts (docs/indicators.md): per commune set (a unit's subtree, or
 * every commune) and period, optionally broken down by one dimension. Shares are numerator / denominator × 100 with one
 * decimal, rounded half up.
 */
@ApplicationScoped
public class ComputedIndicators {

    static final String ABUSE_FORMS = "('VIOLENCE','EXPLOITATION','SEXUAL_ABUSE','TRAFFICKING','ABANDONMENT',"
            + "'NEGLECT','OTHER_ABUSE')";

    @Inject
    EntityManager em;

    /** The result of a count: total and, with a dimension, the count per key. */
    public record Counted(long total, Map<String, Long> byKey) {
    }

    public IndicatorValue value(IndicatorDefinition indicator, Collection<String> units, Period period,
            Disaggregation by, String unitCode) {
        if (indicator.isShare()) {
            Counted numerator = count(numeratorOf(indicator.code()), units, period, by);
            Counted denominator = count(denominatorOf(indicator.code()), units, period, by);
            List<IndicatorValue.Part> parts = null;
            if (by != null) {
                parts = new ArrayList<>();
                for (String key : new TreeMap<>(denominator.byKey()).keySet()) {
                    long n = numerator.byKey().getOrDefault(key, 0L);
                    long d = denominator.byKey().get(key);
                    parts.add(new IndicatorValue.Part(key, share(n, d), n, d));
                }
            }
            return new IndicatorValue(indicator.code(), unitCode, period.code(),
                    share(numerator.total(), denominator.total()), numerator.total(), denominator.total(), by, parts,
                    null);
        }
        Counted counted = count(indicator.code(), units, period, by);
        List<IndicatorValue.Part> parts = by == null
                ? null
                : new TreeMap<>(counted.byKey()).entrySet().stream()
                        .map(e -> new IndicatorValue.Part(e.getKey(), BigDecimal.valueOf(e.getValue()), null, null))
                        .toList();
        return new IndicatorValue(indicator.code(), unitCode, period.code(), BigDecimal.valueOf(counted.total()),
                null, null, by, parts, null);
    }

    static BigDecimal share(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private static String numeratorOf(String share) {
        return switch (share) {
            case IndicatorCatalog.ABUSED_CHILDREN_INTERVENTION_SHARE ->
                IndicatorCatalog.ABUSED_CHILDREN_WITH_INTERVENTION;
            case IndicatorCatalog.ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE -> "ABUSED_CHILDREN_TIMELY_INTERVENTION";
            case IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE ->
                IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED;
            default -> throw new IllegalArgumentException("not a computed share: " + share);
        };
    }

    private static String denominatorOf(String share) {
        return share.equals(IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE)
                ? IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES
                : IndicatorCatalog.ABUSED_CHILDREN;
    }

    /** Counts one computed count indicator; {@code units} null means every unit. */
    public Counted count(String code, Collection<String> units, Period period, Disaggregation by) {
        if (by == null && (FLOW_COUNTS.contains(code) || code.startsWith("CHILDREN_SPECIAL"))) {
            if (units != null && units.isEmpty()) {
                return new Counted(0, Map.of());
            }
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            counts.put(ONE_ROW, new LinkedHashMap<>());
            String[] communes = units == null ? null : units.toArray(String[]::new);
            String[] keys = units == null ? null : new String[communes.length];
            if (keys != null) {
                Arrays.fill(keys, ONE_ROW);
            }
            if (FLOW_COUNTS.contains(code)) {
                flows(communes, keys, units == null ? ONE_ROW : null, period, counts);
            } else {
                stock(communes, keys, units == null ? ONE_ROW : null, period, counts);
            }
            return new Counted(counts.get(ONE_ROW).getOrDefault(code, 0L), Map.of());
        }
        Timestamp from = Timestamp.from(period.firstDay().atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE).toInstant());
        Timestamp to = Timestamp.from(period.lastDay().plusDays(1).atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE)
                .toInstant());
        LocalDate lastDay = period.lastDay();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        String sql = switch (code) {
            case IndicatorCatalog.INTAKES_RECEIVED -> caseQuery("count(*)", "true", units, by, "c.intake_commune_code");
            case IndicatorCatalog.ABUSED_CHILDREN -> caseQuery(distinctChildren(), "c.abused", units, by,
                    "c.intake_commune_code");
            case IndicatorCatalog.ABUSED_CHILDREN_WITH_INTERVENTION -> caseQuery(distinctChildren(),
                    "c.abused and c.intervention_at < :to", units, by, "c.intake_commune_code");
            case "ABUSED_CHILDREN_TIMELY_INTERVENTION" -> caseQuery(distinctChildren(),
                    "c.abused and c.intervention_at < :to and c.initial_on_time", units, by, "c.intake_commune_code");
            case IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES -> childQuery("true", units, by);
            case IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED -> childQuery(
                    "exists (select 1 from case_fact c where c.child_id = ch.child_id and c.intervention_at < :to)",
                    units, by);
            case IndicatorCatalog.CASES_WITH_MISSED_DEADLINE -> missedQuery(units, by);
            default -> throw new IllegalArgumentException("not a computed count: " + code);
        };
        if (code.startsWith("CHILDREN_SPECIAL")) {
            parameters.remove("from");
            parameters.put("lastDay", java.sql.Date.valueOf(lastDay));
        }
        if (units != null) {
            parameters.put("units", units);
        }
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> byKey = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : rows) {
            long value = ((Number) row[1]).longValue();
            if (by != null) {
                byKey.merge(row[0] == null ? "UNKNOWN" : row[0].toString(), value, Long::sum);
            }
            total = by == null ? value : total;
        }
        if (by != null) {
            // A case or child can fall under several keys (several forms of abuse, several groups): the total is
            // counted once, without the breakdown.
            total = count(code, units, period, null).total();
        }
        return new Counted(total, byKey);
    }

    /** The counts {@link #countRows} answers, per row. */
    public static final List<String> ROW_COUNTS = List.of(IndicatorCatalog.INTAKES_RECEIVED,
            IndicatorCatalog.ABUSED_CHILDREN, IndicatorCatalog.ABUSED_CHILDREN_WITH_INTERVENTION,
            "ABUSED_CHILDREN_TIMELY_INTERVENTION", IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES,
            IndicatorCatalog.CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED, IndicatorCatalog.CASES_WITH_MISSED_DEADLINE);

    /**
     * Every computed count ({@link #ROW_COUNTS}) of several rows at once, e.g. the 34 provinces of a consolidated
     * report: one query per kind of fact for all rows, instead of one per row and indicator. {@code rows} maps a row
     * key to the communes whose data make it up (null: every unit). Same counting rules as {@link #count}.
     */
    public Map<String, Map<String, Long>> countRows(Map<String, Collection<String>> rows, Period period) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        List<String> communes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Collection<String>> row : rows.entrySet()) {
            Map<String, Long> zero = new LinkedHashMap<>();
            ROW_COUNTS.forEach(code -> zero.put(code, 0L));
            counts.put(row.getKey(), zero);
            if (row.getValue() == null) {
                countRows(null, null, row.getKey(), period, counts);
            } else {
                for (String commune : row.getValue()) {
                    communes.add(commune);
                    keys.add(row.getKey());
                }
            }
        }
        if (!communes.isEmpty()) {
            countRows(communes.toArray(String[]::new), keys.toArray(String[]::new), null, period, counts);
        }
        return counts;
    }

    private void countRows(String[] communes, String[] keys, String allKey, Period period,
            Map<String, Map<String, Long>> counts) {
        flows(communes, keys, allKey, period, counts);
        stock(communes, keys, allKey, period, counts);
    }

    /**
     * Children in special circumstances (assisted or not) on the period's last day: the count at the end of the last
     * year kept before it ({@code child_stock_year}) plus the monthly changes since ({@code child_stock}; migrations
     * V2026.11.26.60 and V2026.11.27.10) — the same count as the fact query, without reading every child. For a period
     * ending in December, one row per commune.
     */
    private void stock(String[] communes, String[] keys, String allKey, Period period,
            Map<String, Map<String, Long>> counts) {
        rowQuery("with k as (select max(year) as year from child_stock_year_kept"
                + " where make_date(year, 12, 1) <= :month)"
                + " select " + rowKey(allKey) + ", coalesce(sum(s.level), 0), coalesce(sum(s.assisted_level), 0) from ("
                + " select y.commune_code, y.level, y.assisted_level from child_stock_year y"
                + " where y.year = (select year from k)"
                + " union all select c.commune_code, case when c.assisted then 0 else c.delta end,"
                + " case when c.assisted then c.delta else 0 end from child_stock c"
                + " where c.month <= :month and c.month >= coalesce(make_date((select year from k) + 1, 1, 1),"
                + " date '0001-01-01')) s" + rowJoin(allKey, "s.commune_code") + " group by 1", communes, keys,
                allKey, Map.of("month", java.sql.Date.valueOf(period.lastMonth().atDay(1))), counts,
                ROW_COUNTS.subList(4, 6));
    }

    /** The flow counts pre-counted per commune and period ({@code flow_count}, migration V2026.11.27.10). */
    static final Set<String> FLOW_COUNTS = Set.of(IndicatorCatalog.INTAKES_RECEIVED, IndicatorCatalog.ABUSED_CHILDREN,
            IndicatorCatalog.ABUSED_CHILDREN_WITH_INTERVENTION, "ABUSED_CHILDREN_TIMELY_INTERVENTION",
            IndicatorCatalog.CASES_WITH_MISSED_DEADLINE);

    private static final String ONE_ROW = "row";

    /**
     * The flow counts of the rows: the sum of their communes' counts for the period, less, for each child (or case)
     * counted in several communes of a row, the communes beyond its first — the same figures as a count of distinct
     * children or cases over the facts of the row's communes.
     */
    private void flows(String[] communes, String[] keys, String allKey, Period period,
            Map<String, Map<String, Long>> counts) {
        Map<String, Object> parameters = Map.of("period", period.code());
        Map<String, Map<String, Long>> overlap = new LinkedHashMap<>();
        rowQuery("select " + rowKey(allKey) + ", sum(f.intakes), sum(f.abused), sum(f.abused_intervention),"
                + " sum(f.abused_timely), sum(f.missed) from flow_count f" + rowJoin(allKey, "f.commune_code")
                + " where f.period_code = :period group by 1", communes, keys, allKey, parameters, counts,
                List.of(IndicatorCatalog.INTAKES_RECEIVED, IndicatorCatalog.ABUSED_CHILDREN,
                        IndicatorCatalog.ABUSED_CHILDREN_WITH_INTERVENTION, "ABUSED_CHILDREN_TIMELY_INTERVENTION",
                        IndicatorCatalog.CASES_WITH_MISSED_DEADLINE));
        measureQuery("select x.row_key, x.measure, sum(x.k - 1) from (select " + rowKey(allKey)
                + " as row_key, o.measure, o.subject, count(*) as k from flow_overlap o"
                + rowJoin(allKey, "o.commune_code") + " where o.period_code = :period group by 1, 2, 3) x"
                + " group by 1, 2", communes, keys, allKey, parameters, overlap);
        overlap.forEach((row, measures) -> measures.forEach((measure, over) -> counts.get(row).merge(measure, -over,
                Long::sum)));
    }

    private void measureQuery(String sql, String[] communes, String[] keys, String allKey,
            Map<String, Object> parameters, Map<String, Map<String, Long>> counts) {
        for (Object[] row : rows(sql, communes, keys, allKey, parameters)) {
            counts.computeIfAbsent(row[0].toString(), k -> new LinkedHashMap<>()).merge(row[1].toString(),
                    ((Number) row[2]).longValue(), Long::sum);
        }
    }

    private static String rowKey(String allKey) {
        return allKey == null ? "m.row_key" : "cast(:allKey as varchar)";
    }

    private static String rowJoin(String allKey, String communeColumn) {
        return allKey == null
                ? " join unnest(cast(:communes as varchar[]), cast(:keys as varchar[])) m (commune, row_key)"
                        + " on m.commune = " + communeColumn
                : "";
    }

    private void rowQuery(String sql, String[] communes, String[] keys, String allKey, Map<String, Object> parameters,
            Map<String, Map<String, Long>> counts, List<String> codes) {
        for (Object[] row : rows(sql, communes, keys, allKey, parameters)) {
            Map<String, Long> values = counts.get(row[0].toString());
            for (int i = 0; i < codes.size(); i++) {
                values.put(codes.get(i), ((Number) row[i + 1]).longValue());
            }
        }
    }

    /** The result of a row query: rows keyed by {@code keys} (one per commune) or all under {@code allKey}. */
    private List<Object[]> rows(String sql, String[] communes, String[] keys, String allKey,
            Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        if (allKey == null) {
            query.setParameter("communes", communes);
            query.setParameter("keys", keys);
        } else {
            query.setParameter("allKey", allKey);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result;
    }

    /** A computed share of a row from its counts ({@link #countRows}). */
    public static IndicatorValue shareOf(IndicatorDefinition share, Map<String, Long> counts, String unitCode,
            Period period) {
        long numerator = counts.get(numeratorOf(share.code()));
        long denominator = counts.get(denominatorOf(share.code()));
        return new IndicatorValue(share.code(), unitCode, period.code(), share(numerator, denominator), numerator,
                denominator, null, null, null);
    }

    private static String distinctChildren() {
        return "count(distinct coalesce(c.child_id, c.case_id))";
    }

    private static String caseQuery(String measure, String condition, Collection<String> units, Disaggregation by,
            String unitColumn) {
        String key = switch (by == null ? Disaggregation.SEX : by) {
            case CHANNEL -> "c.channel";
            case SEX -> "c.child_sex";
            case AGE_BAND -> "c.child_age_band";
            case FORM_OF_ABUSE -> "k.concern";
            default -> throw new IllegalArgumentException("not a dimension of case counts: " + by);
        };
        String join = by == Disaggregation.FORM_OF_ABUSE
                ? " join case_fact_concern k on k.case_id = c.case_id and k.concern in " + ABUSE_FORMS
                : "";
        return "select " + (by == null ? "null" : key) + ", " + measure + " from case_fact c" + join
                + " where c.opened_at >= :from and c.opened_at < :to and " + condition
                + (units == null ? "" : " and " + unitColumn + " in (:units)")
                + (by == null ? "" : " group by " + key);
    }

    private static String childQuery(String condition, Collection<String> units, Disaggregation by) {
        String key = switch (by == null ? Disaggregation.SEX : by) {
            case GROUP -> "g.group_code";
            case SEX -> "ch.sex";
            case AGE_BAND -> "ch.age_band";
            case ETHNICITY -> "ch.ethnicity";
            default -> throw new IllegalArgumentException("not a dimension of child counts: " + by);
        };
        return "select " + (by == null ? "null" : key) + ", count(distinct ch.child_id) from child_fact ch"
                + " join child_fact_group g on g.child_id = ch.child_id"
                + " where ch.registered_at < :to and (g.since is null or g.since <= :lastDay)"
                + " and (g.until is null or g.until >= :lastDay) and " + condition
                + (units == null ? "" : " and ch.commune_code in (:units)")
                + (by == null ? "" : " group by " + key);
    }

    private static String missedQuery(Collection<String> units, Disaggregation by) {
        if (by != null && by != Disaggregation.DEADLINE_KIND) {
            throw new IllegalArgumentException("not a dimension of missed deadlines: " + by);
        }
        return "select " + (by == null ? "null" : "m.kind") + ", count(distinct m.case_id)"
                + " from case_fact_deadline_missed m where m.missed_at >= :from and m.missed_at < :to"
                + (units == null ? "" : " and m.commune_code in (:units)") + (by == null ? "" : " group by m.kind");
    }

    static Set<String> abuseForms() {
        return Set.of("VIOLENCE", "EXPLOITATION", "SEXUAL_ABUSE", "TRAFFICKING", "ABANDONMENT", "NEGLECT",
                "OTHER_ABUSE");
    }
}
