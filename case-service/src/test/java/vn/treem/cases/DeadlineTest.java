package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.treem.cases.CaseFixtures.initialAssessment;
import static vn.treem.cases.CaseFixtures.transition;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import io.restassured.http.ContentType;
import vn.treem.cases.deadline.DeadlineService;
import vn.treem.cases.deadline.DeadlineWatch;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** Statutory time limits: computed per province over working days, watched, and reported when missed. */
@QuarkusTest
class DeadlineTest {

    static final String WORKER = bearerFor("deadline-worker", BA_DINH, "CASE_WORKER");
    /** Phường Thủ Dầu Một, Thành phố Hồ Chí Minh: the test profile gives province 79 an 8-hour limit. */
    static final String THU_DAU_MOT = "25747";

    @Inject
    DeadlineService deadlines;

    @Inject
    DeadlineWatch watch;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Test
    void thePlanIsDueFiveWorkingDaysAfterTheInitialAssessmentSkippingTheWeekend() {
        // Friday 20 November 2026 → Monday 23 … Friday 27 November.
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-20T10:00:00+07:00");

        assertThat(deadlines.supportPlanDue("01", friday).toLocalDate()).hasToString("2026-11-27");
        assertThat(deadlines.planApprovalDue("01", friday).toLocalDate()).hasToString("2026-12-01");
    }

    @Test
    void thePlanDeadlineSkipsTheWholeTetHoliday() {
        // Friday 13 February 2026; Tết Bính Ngọ: Monday 16 to Friday 20 February are public holidays.
        OffsetDateTime beforeTet = OffsetDateTime.parse("2026-02-13T09:00:00+07:00");

        assertThat(deadlines.supportPlanDue("01", beforeTet).toLocalDate()).hasToString("2026-02-27");
    }

    @Test
    void aDeadlineInDaysEndsAtTheEndOfItsLastDayVietnamTime() {
        OffsetDateTime due = deadlines.supportPlanDue("01", OffsetDateTime.parse("2026-11-20T23:30:00+07:00"));

        assertThat(due.toLocalDateTime()).hasToString("2026-11-27T23:59:59.999999999");
        assertThat(due.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void theInitialAssessmentIsDueTwelveHoursAfterReceiptUnlessTheProvinceIsStricter() {
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0);
        String hanoi = openAt(BA_DINH, received, WORKER);
        String hcmc = openAt(THU_DAU_MOT, received, bearerFor("hotline-1", "VN", "HOTLINE"));

        assertThat(dueOf(hanoi, "INITIAL_ASSESSMENT")).isEqualTo(received.plusHours(12).toInstant());
        assertThat(dueOf(hcmc, "INITIAL_ASSESSMENT")).isEqualTo(received.plusHours(8).toInstant());
        given().header("Authorization", WORKER).when().get("/api/v1/deadline-rules/79")
                .then().statusCode(200).body("initialAssessment", equalTo("PT8H"))
                .body("supportPlanWorkingDays", equalTo(5));
    }

    @Test
    void anUnmetDeadlineMakesTheCaseOverdueAndIsAnnouncedOnce() {
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(13).withNano(0);
        String caseId = openAt(BA_DINH, received, WORKER);
        String onTime = openAt(BA_DINH, OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1), WORKER);

        given().header("Authorization", WORKER).queryParam("overdue", true).queryParam("limit", 100)
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", hasItem(caseId)).body("items.id", not(hasItem(onTime)));

        watch.sweep();
        watch.sweep();

        List<CloudEvent> missed = TestEvents.await(topic, e -> caseId.equals(e.getSubject())
                && e.getType().equals("vn.treem.case.case.deadline-missed.v1"), 1, Duration.ofSeconds(20));
        assertThat(missed).hasSize(1);
        var data = CloudEventCodec.data(missed.get(0));
        assertThat(data.path("kind").asText()).isEqualTo("INITIAL_ASSESSMENT");
        assertThat(data.path("communeCode").asText()).isEqualTo(BA_DINH);
        assertThat(outboxCount(caseId, "vn.treem.case.case.deadline-missed.v1")).isEqualTo(1);
        assertThat(outboxCount(onTime, "vn.treem.case.case.deadline-missed.v1")).isZero();
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().body("overdue", equalTo(true))
                .body("deadlines.find { it.kind == 'INITIAL_ASSESSMENT' }.state", equalTo("OVERDUE"));
    }

    @Test
    void aStepTakenAfterItsDeadlineIsRecordedAsLate() {
        String caseId = openAt(BA_DINH, OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(13), WORKER);

        transition(WORKER, caseId, initialAssessment(false)).statusCode(200)
                .body("deadlines.find { it.kind == 'INITIAL_ASSESSMENT' }.state", equalTo("MET_LATE"));

        List<CloudEvent> changed = TestEvents.await(topic, e -> caseId.equals(e.getSubject())
                && e.getType().equals("vn.treem.case.case.status-changed.v1"), 1, Duration.ofSeconds(20));
        var outcome = CloudEventCodec.data(changed.get(0)).path("deadlines").get(0);
        assertThat(outcome.path("kind").asText()).isEqualTo("INITIAL_ASSESSMENT");
        assertThat(outcome.path("met").asBoolean()).isFalse();
    }

    private static String openAt(String commune, OffsetDateTime receivedAt, String auth) {
        Map<String, Object> body = IntakeRequests.valid(commune, "Trẻ " + UUID.randomUUID());
        body.put("receivedAt", receivedAt.withNano(0).toString());
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");
    }

    private java.time.Instant dueOf(String caseId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((java.time.Instant) em.createNativeQuery(
                "select due_at from case_deadline where case_id = ?1 and kind = ?2", java.time.Instant.class)
                .setParameter(1, UUID.fromString(caseId)).setParameter(2, kind).getSingleResult()));
    }

    private long outboxCount(String caseId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, caseId).setParameter(2, type).getSingleResult()).longValue());
    }
}
