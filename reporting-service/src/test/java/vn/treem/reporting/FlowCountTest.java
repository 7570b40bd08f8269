package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.reporting.Reporting.CHUONG_MY;
import static vn.treem.reporting.Reporting.HOA_LAC;
import static vn.treem.reporting.Reporting.THACH_THAT;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.testing.TestEvents;
import vn.treem.reporting.indicators.ComputedIndicators;
import vn.treem.reporting.indicators.Period;

/**
 * The flow indicators pre-counted per commune and period ({@code flow_count}, {@code flow_overlap}, issue #9): after
 * events that open cases for the same child in two communes, give interventions before and after a period's end, assess
 * on time and late, miss deadlines in two communes, and open a case without a child, every flow count of every 2026
 * period (year, halves, quarters, months) for each commune, the province and the country equals the count over the
 * facts — the queries the indicators used before.
 */
@QuarkusTest
class FlowCountTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @Inject
    EntityManager em;

    @Inject
    ComputedIndicators computed;

    @Inject
    AdminUnitDirectory units;

    @Test
    void everyFlowCountOfEveryPeriodEqualsTheCountOverTheFacts() {
        UUID twoCommunes = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        // the same child: abused in Thạch Thất in January, in Hòa Lạc in March (same year, half and quarter)
        UUID first = UUID.randomUUID();
        publish(CaseEvents.opened(first, THACH_THAT, "2026-01-20T23:30:00+07:00", List.of("VIOLENCE"), "FEMALE",
                twoCommunes));
        publish(CaseEvents.statusChanged(first, THACH_THAT, "INITIAL_ASSESSMENT", "2026-01-21T06:00:00+07:00", true));
        publish(CaseEvents.serviceDelivered(first, THACH_THAT, "2026-02-02"));
        UUID second = UUID.randomUUID();
        publish(CaseEvents.opened(second, HOA_LAC, "2026-03-05T08:00:00+07:00", List.of("NEGLECT"), "FEMALE",
                twoCommunes));
        publish(CaseEvents.statusChanged(second, HOA_LAC, "IN_INTERVENTION", "2026-03-31T23:59:00+07:00", null));
        // a late initial assessment, missed deadlines in two communes (moved in between), intervention in the next
        // quarter
        UUID lateCase = UUID.randomUUID();
        publish(CaseEvents.opened(lateCase, CHUONG_MY, "2026-06-30T20:00:00+07:00", List.of("SEXUAL_ABUSE", "OTHER"),
                "MALE", late));
        publish(CaseEvents.deadlineMissed(lateCase, CHUONG_MY, "INITIAL_ASSESSMENT", "2026-07-01T08:00:00+07:00"));
        publish(CaseEvents.deadlineMissed(lateCase, HOA_LAC, "SUPPORT_PLAN", "2026-07-09T08:00:00+07:00"));
        publish(CaseEvents.statusChanged(lateCase, HOA_LAC, "IN_INTERVENTION", "2026-07-10T09:00:00+07:00", null));
        // a case without a registered child, not about abuse
        UUID noChild = UUID.randomUUID();
        publish(CaseEvents.opened(noChild, CHUONG_MY, "2026-11-02T10:00:00+07:00", List.of("AT_RISK"), "MALE", null));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> applied(lateCase, noChild, second));

        List<String> periods = new ArrayList<>(List.of("2026", "2026H1", "2026H2"));
        for (int q = 1; q <= 4; q++) {
            periods.add("2026Q" + q);
        }
        for (int m = 1; m <= 12; m++) {
            periods.add("2026-%02d".formatted(m));
        }
        Map<String, Collection<String>> reaches = new LinkedHashMap<>();
        for (String commune : List.of(THACH_THAT, HOA_LAC, CHUONG_MY)) {
            reaches.put(commune, List.of(commune));
        }
        reaches.put("01", units.subtree("01", AdminUnitDirectory.today()));
        reaches.put("VN", null);

        Map<String, Long> expected = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            // one snapshot for both sides, whatever other tests' events do meanwhile
            em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
            for (String code : periods) {
                Period period = Period.parse(code).orElseThrow();
                Map<String, Map<String, Long>> together = computed.countRows(reaches, period);
                for (Map.Entry<String, Collection<String>> reach : reaches.entrySet()) {
                    for (String measure : FLOW_QUERIES.keySet()) {
                        long fromFacts = facts(measure, reach.getValue(), period);
                        long alone = computed.count(measure, reach.getValue(), period, null).total();
                        long inRows = together.get(reach.getKey()).get(measure);
                        expected.put(reach.getKey() + "@" + code + "/" + measure, fromFacts);
                        if (fromFacts != alone || fromFacts != inRows) {
                            differences.add(reach.getKey() + " " + code + " " + measure + ": facts " + fromFacts
                                    + ", alone " + alone + ", in rows " + inRows);
                        }
                    }
                }
            }
            Period q1 = Period.parse("2026Q1").orElseThrow();
            expected.put("communes of 01@2026Q1/ABUSED_CHILDREN", reaches.get("01").stream()
                    .mapToLong(commune -> facts("ABUSED_CHILDREN", List.of(commune), q1)).sum());
        });
        assertThat(differences).isEmpty();
        // spot checks of the facts themselves: the histories were built for these
        assertThat(expected.get(THACH_THAT + "@2026Q1/ABUSED_CHILDREN")).isPositive();
        assertThat(expected.get(HOA_LAC + "@2026-03/ABUSED_CHILDREN_WITH_INTERVENTION")).isPositive();
        assertThat(expected.get(CHUONG_MY + "@2026Q2/ABUSED_CHILDREN_WITH_INTERVENTION"))
                .isLessThan(expected.get(CHUONG_MY + "@2026/ABUSED_CHILDREN_WITH_INTERVENTION"));
        assertThat(expected.get(HOA_LAC + "@2026-07/CASES_WITH_MISSED_DEADLINE")).isPositive();
        // the child abused in two communes of Hà Nội in the first quarter counts once in the province's figure
        assertThat(expected.get("01@2026Q1/ABUSED_CHILDREN"))
                .isLessThan(expected.get("communes of 01@2026Q1/ABUSED_CHILDREN"));
    }

    /** The fact queries of ComputedIndicators before the flow counts (commit 1758cdc). */
    static final Map<String, String> FLOW_QUERIES = Map.of(
            "INTAKES_RECEIVED", "select count(*) from case_fact c where %s and %s",
            "ABUSED_CHILDREN", "select count(distinct coalesce(c.child_id, c.case_id)) from case_fact c"
                    + " where c.abused and %s and %s",
            "ABUSED_CHILDREN_WITH_INTERVENTION", "select count(distinct coalesce(c.child_id, c.case_id))"
                    + " from case_fact c where c.abused and c.intervention_at < :to and %s and %s",
            "ABUSED_CHILDREN_TIMELY_INTERVENTION", "select count(distinct coalesce(c.child_id, c.case_id))"
                    + " from case_fact c where c.abused and c.intervention_at < :to and c.initial_on_time"
                    + " and %s and %s",
            "CASES_WITH_MISSED_DEADLINE", "select count(distinct m.case_id) from case_fact_deadline_missed m"
                    + " where %s and %s");

    private long facts(String measure, Collection<String> reach, Period period) {
        boolean missed = measure.equals("CASES_WITH_MISSED_DEADLINE");
        String when = missed
                ? "m.missed_at >= :from and m.missed_at < :to"
                : "c.opened_at >= :from and c.opened_at < :to";
        String where = reach == null
                ? "true"
                : (missed ? "m.commune_code" : "c.intake_commune_code") + " = any(cast(:units as varchar[]))";
        var query = em.createNativeQuery(FLOW_QUERIES.get(measure).formatted(when, where))
                .setParameter("from", Timestamp.from(period.firstDay().atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE)
                        .toInstant()))
                .setParameter("to", Timestamp.from(period.lastDay().plusDays(1)
                        .atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE).toInstant()));
        if (reach != null) {
            query.setParameter("units", reach.toArray(String[]::new));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private boolean applied(UUID lateCase, UUID noChild, UUID second) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from case_fact where (case_id = ?1 and intervention_at is not null)
                    or case_id = ?2 or (case_id = ?3 and intervention_at is not null)""")
                .setParameter(1, lateCase).setParameter(2, noChild).setParameter(3, second).getSingleResult())
                .longValue() == 3
                && ((Number) em.createNativeQuery(
                        "select count(*) from case_fact_deadline_missed where case_id = ?1")
                        .setParameter(1, lateCase).getSingleResult()).longValue() == 2);
    }

    private void publish(CloudEvent event) {
        TestEvents.publish(caseTopic, event);
    }
}
