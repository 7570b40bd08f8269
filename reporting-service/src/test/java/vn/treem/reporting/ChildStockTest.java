package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.Reporting.CHUONG_MY;
import static vn.treem.reporting.Reporting.HOA_LAC;
import static vn.treem.reporting.Reporting.THACH_THAT;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;
import vn.treem.reporting.exports.ExportFigures;
import vn.treem.reporting.exports.ExportService;
import vn.treem.reporting.exports.Figure;
import vn.treem.reporting.indicators.ComputedIndicators;
import vn.treem.reporting.indicators.Period;

/**
 * The pre-aggregated children in special circumstances ({@code child_stock}, issue #9): after events that register
 * children, change their groups and residence and give their cases intervention, the count on the last day of every
 * month equals the count over the facts (the query the indicators used before), assisted or not, per commune, both in
 * the monthly changes and as the indicators answer it (year-end counts plus changes); and the figures of a consolidated
 * report, counted for all its rows at once, equal those counted row by row.
 */
@QuarkusTest
class ChildStockTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @Inject
    EntityManager em;

    @Inject
    ExportFigures figures;

    @Inject
    AdminUnitDirectory units;

    @Inject
    ComputedIndicators computed;

    @Test
    void theMonthlyChangesAddUpToTheCountOverTheFactsOnEveryMonthEnd() {
        UUID overlapping = UUID.randomUUID();
        UUID adjacent = UUID.randomUUID();
        UUID endsOnMonthEnd = UUID.randomUUID();
        UUID moves = UUID.randomUUID();
        UUID assistedLater = UUID.randomUUID();
        UUID shortStay = UUID.randomUUID();
        // two overlapping groups, one open-ended: one membership from the registration on
        publish(CaseEvents.child(overlapping, THACH_THAT, "2025-11-20T09:00:00+07:00", List.of(
                group("G04", "2025-01-01", "2026-03-10"), group("G13", "2026-02-01", null))));
        // adjacent groups (one ends the day before the other starts) and a gap before a third
        publish(CaseEvents.child(adjacent, THACH_THAT, "2025-10-02T09:00:00+07:00", List.of(
                group("G08", "2025-10-01", "2025-12-15"), group("G03", "2025-12-16", "2026-01-31"),
                group("G10", "2026-05-20", "2026-08-04"))));
        // a group ending on the last day of a month still counts on that day
        publish(CaseEvents.child(endsOnMonthEnd, HOA_LAC, "2025-12-31T23:30:00+07:00", List.of(
                group("G01", null, "2026-04-30"))));
        // registered in one commune, then moves and changes group
        publish(CaseEvents.child(moves, HOA_LAC, "2026-01-05T09:00:00+07:00", List.of(group("G07", null, null))));
        publish(updated(moves, CHUONG_MY, "2026-06-10T09:00:00+07:00", List.of(group("G02", "2026-06-01", null))));
        // a case given intervention (status change, then a service earlier than it) makes the child assisted
        publish(CaseEvents.child(assistedLater, CHUONG_MY, "2026-02-14T09:00:00+07:00",
                List.of(group("G05", "2026-02-01", null))));
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.opened(caseId, CHUONG_MY, "2026-03-03T08:00:00+07:00", List.of("SPECIAL_CIRCUMSTANCES"),
                "FEMALE", assistedLater));
        publish(CaseEvents.statusChanged(caseId, CHUONG_MY, "IN_INTERVENTION", "2026-05-02T10:00:00+07:00", true));
        publish(CaseEvents.serviceDelivered(caseId, CHUONG_MY, "2026-04-29"));
        // a membership that covers no month end counts nowhere
        publish(CaseEvents.child(shortStay, HOA_LAC, "2026-03-02T09:00:00+07:00",
                List.of(group("G09", "2026-03-05", "2026-03-20"))));

        List<UUID> children = List.of(overlapping, adjacent, endsOnMonthEnd, moves, assistedLater, shortStay);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> registered(children) == children.size()
                        && facts(false, CHUONG_MY, LocalDate.of(2026, 6, 30)) == 2
                        && facts(true, CHUONG_MY, LocalDate.of(2026, 4, 30)) == 1);

        List<String> differences = new ArrayList<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String commune : List.of(THACH_THAT, HOA_LAC, CHUONG_MY)) {
            for (YearMonth month = YearMonth.of(2025, 9); !month.isAfter(YearMonth.of(2026, 12)); month = month
                    .plusMonths(1)) {
                for (boolean assisted : List.of(false, true)) {
                    long fromFacts = facts(assisted, commune, month.atEndOfMonth());
                    long fromStock = stock(assisted, commune, month);
                    // what the indicators answer: the year-end counts (child_stock_year) plus the changes since
                    long answered = answered(assisted, commune, month);
                    expected.put(commune + "@" + month + (assisted ? "/assisted" : ""), fromFacts);
                    if (fromFacts != fromStock || fromFacts != answered) {
                        differences.add(commune + " " + month + (assisted ? " assisted" : "") + ": facts "
                                + fromFacts + ", stock " + fromStock + ", answered " + answered);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        // spot checks of the facts themselves: the cases the histories were built for
        assertThat(expected.get(THACH_THAT + "@2026-01")).isEqualTo(2);
        assertThat(expected.get(THACH_THAT + "@2026-04")).isEqualTo(1);
        // facts are the children's records of now: the child who moved counts in its new commune only
        assertThat(expected.get(HOA_LAC + "@2026-04")).isEqualTo(1);
        assertThat(expected.get(HOA_LAC + "@2026-05")).isZero();
        assertThat(expected.get(HOA_LAC + "@2026-03")).isEqualTo(1);
        assertThat(expected.get(CHUONG_MY + "@2026-03/assisted")).isZero();
        assertThat(expected.get(CHUONG_MY + "@2026-04/assisted")).isEqualTo(1);
        assertThat(expected.get(CHUONG_MY + "@2026-06")).isEqualTo(2);

        // the API answers the stock
        assertThat(value("CHILDREN_SPECIAL_CIRCUMSTANCES", THACH_THAT, "2026-01")).isEqualTo(2);
        assertThat(value("CHILDREN_SPECIAL_CIRCUMSTANCES", THACH_THAT, "2026Q1")).isEqualTo(1);
        assertThat(value("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED", CHUONG_MY, "2026-04")).isEqualTo(1);
    }

    @Test
    void theConsolidatedReportCountedForAllRowsAtOnceEqualsTheValuesAskedOneByOne() {
        UUID child = UUID.randomUUID();
        publish(CaseEvents.child(child, CHUONG_MY, "2026-07-01T09:00:00+07:00", List.of(group("G04", null, null))));
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.opened(caseId, CHUONG_MY, "2026-07-02T08:00:00+07:00", List.of("NEGLECT"), "MALE",
                child));
        publish(CaseEvents.serviceDelivered(caseId, CHUONG_MY, "2026-07-03"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> value("ABUSED_CHILDREN_WITH_INTERVENTION", CHUONG_MY, "2026") >= 1);

        Period year = Period.parse("2026").orElseThrow();
        LocalDate on = year.hierarchyDate(AdminUnitDirectory.today());
        for (String parent : List.of("01", "VN")) {
            List<String> rows = new ArrayList<>(units.units(on).stream().filter(u -> parent.equals(u.parentCode()))
                    .map(AdminUnit::code).sorted().toList());
            rows.add(parent);
            List<List<Figure>> together = figures.rows(ExportService.columns(), rows, year, on);
            List<List<Figure>> oneByOne = rows.stream()
                    .map(unit -> figures.figures(ExportService.columns(), unit, year, on)).toList();
            assertThat(together).as(parent).isEqualTo(oneByOne);
        }
        List<Figure> haNoi = figures.rows(ExportService.columns(), List.of("01"), year, on).get(0);
        assertThat(haNoi.get(0).value().longValue()).as("intakes in Hà Nội").isPositive();
    }

    private long facts(boolean assisted, String commune, LocalDate lastDay) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                """
                        select count(distinct ch.child_id) from child_fact ch join child_fact_group g on g.child_id = ch.child_id
                        where ch.registered_at < (cast(?1 as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                          and (g.since is null or g.since <= ?1) and (g.until is null or g.until >= ?1)
                          and ch.commune_code = ?2
                          and (not ?3 or exists (select 1 from case_fact c where c.child_id = ch.child_id
                                                 and c.intervention_at < (cast(?1 as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))""")
                .setParameter(1, lastDay).setParameter(2, commune).setParameter(3, assisted).getSingleResult())
                .longValue());
    }

    private long answered(boolean assisted, String commune, YearMonth month) {
        String code = assisted ? "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED" : "CHILDREN_SPECIAL_CIRCUMSTANCES";
        return QuarkusTransaction.requiringNew().call(() -> computed
                .count(code, List.of(commune), Period.parse(month.toString()).orElseThrow(), null).total());
    }

    private long registered(List<UUID> children) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from child_fact where child_id = any(?1)")
                .setParameter(1, children.toArray(UUID[]::new)).getSingleResult()).longValue());
    }

    private long stock(boolean assisted, String commune, YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select coalesce(sum(delta), 0) from child_stock
                where assisted = ?1 and commune_code = ?2 and month <= ?3""")
                .setParameter(1, assisted).setParameter(2, commune).setParameter(3, month.atDay(1)).getSingleResult())
                .longValue());
    }

    private static Map<String, Object> group(String code, String since, String until) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("code", code);
        if (since != null) {
            group.put("since", since);
        }
        if (until != null) {
            group.put("until", until);
        }
        return group;
    }

    private static CloudEvent updated(UUID childId, String commune, String at, List<Map<String, Object>> groups) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childId", childId.toString());
        data.put("residenceCommuneCode", commune);
        data.put("residenceProvinceCode", "01");
        data.put("sex", "MALE");
        data.put("ageBand", "AGE_6_10");
        data.put("ethnicity", "01");
        data.put("groups", groups);
        data.put("at", at);
        return CloudEventCodec.create("/case-service", "vn.treem.case.child.updated.v1", childId.toString(),
                java.time.OffsetDateTime.parse(at), data);
    }

    private void publish(CloudEvent event) {
        TestEvents.publish(caseTopic, event);
    }

    private static long value(String indicator, String unit, String period) {
        Response response = given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", indicator)
                .queryParam("unit", unit).queryParam("period", period).when().get("/api/v1/indicator-values");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        Object value = response.path("value");
        return value == null ? 0 : ((Number) value).longValue();
    }
}
