package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.treem.plans.PlanRequests.BA_DINH;
import static vn.treem.plans.PlanRequests.HA_NOI;
import static vn.treem.plans.PlanRequests.HO_CHI_MINH_CITY;
import static vn.treem.plans.PlanRequests.LAI_CHAU;
import static vn.treem.plans.PlanRequests.MUONG_TE;
import static vn.treem.plans.PlanRequests.THAI_BINH;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** POST /api/v1/plans: checks, jurisdiction, numbering, idempotency and the plan.issued event. */
@QuarkusTest
class PlanCreationTest {

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Inject
    EntityManager em;

    @Test
    void aCreatedPlanAnswers201WithItsLocationAndIsReadableThereWithAnETag() {
        String number = PlanRequests.uniqueNumber();
        ExtractableResponse<Response> created = given().header("Authorization", bearer(HA_NOI, "PLANNER"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(number, HA_NOI, "2025-09-15", 2026, 2030))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("number", equalTo(number))
                .body("issuingUnitCode", equalTo(HA_NOI))
                .body("status", equalTo("ISSUED"))
                .body("type", equalTo("MULTI_YEAR"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertThat(location).endsWith("/api/v1/plans/" + id).startsWith("http");

        given().header("Authorization", bearer(HA_NOI, "ANALYST"))
                .when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("number", equalTo(number))
                .body("title", equalTo(PlanRequests.TITLE))
                .body("issueDate", equalTo("2025-09-15"))
                .body("periodFromYear", equalTo(2026))
                .body("periodToYear", equalTo(2030));
    }

    @Test
    void anIssuedPlanIsPublishedOnceWithCodesButWithoutTitleOrNumber() {
        String number = PlanRequests.uniqueNumber();
        String planId = given().header("Authorization", bearer(HA_NOI, "PLANNER"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(number, HA_NOI, "2026-01-20", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");

        List<CloudEvent> events = TestEvents.await(topic, e -> planId.equals(e.getSubject()), 1,
                Duration.ofSeconds(20));

        assertThat(events).hasSize(1);
        CloudEvent event = events.get(0);
        assertThat(event.getType()).isEqualTo("vn.treem.plan.plan.issued.v1");
        assertThat(event.getSource().toString()).isEqualTo("/plan-service");
        assertThat(event.getTime()).isAtSameInstantAs(
                LocalDate.parse("2026-01-20").atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime());
        var data = CloudEventCodec.data(event);
        assertThat(data.path("planId").asText()).isEqualTo(planId);
        assertThat(data.path("issuingUnitCode").asText()).isEqualTo(HA_NOI);
        assertThat(data.path("issuingUnitLevel").asText()).isEqualTo("PROVINCE");
        assertThat(data.path("issueDate").asText()).isEqualTo("2026-01-20");
        assertThat(data.path("periodFromYear").asInt()).isEqualTo(2026);
        assertThat(data.path("periodToYear").asInt()).isEqualTo(2026);
        assertThat(data.path("type").asText()).isEqualTo("ANNUAL");
        assertThat(data.path("status").asText()).isEqualTo("ISSUED");
        assertThat(data.has("title")).isFalse();
        assertThat(data.has("number")).isFalse();
        assertThat(CloudEventCodec.serializeToString(event)).doesNotContain(number).doesNotContain("Tăng cường");
        assertThat(count("outbox_event where aggregate_id = '" + planId + "'")).isEqualTo(1);
    }

    @Test
    void theThaiBinhPlanOf2022IsAcceptedUnderTheProvinceCodeRetiredIn2025() {
        String id = given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.thaiBinh2022())
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("number", equalTo("42/KH-UBND"))
                .body("issuingUnitCode", equalTo(THAI_BINH))
                .body("issueDate", equalTo("2022-03-22"))
                .body("type", equalTo("ANNUAL"))
                .extract().path("id");

        List<CloudEvent> events = TestEvents.await(topic, e -> id.equals(e.getSubject()), 1, Duration.ofSeconds(20));
        assertThat(CloudEventCodec.data(events.get(0)).path("issuingUnitLevel").asText()).isEqualTo("PROVINCE");
    }

    @Test
    void aDistrictMayIssuePlansDatedBeforeTheReform() {
        // The Mường Tè plan implementing Directive 28-CT/TW (001_8083cb804103f92a.txt): number left blank.
        Map<String, Object> body = PlanRequests.plan(null, MUONG_TE, "2024-06-10", 2024, 2030);
        body.put("type", "IMPLEMENTATION");
        String id = given().header("Authorization", bearer(LAI_CHAU, "PLANNER"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("type", equalTo("IMPLEMENTATION"))
                .body("$", not(org.hamcrest.Matchers.hasKey("number")))
                .extract().path("id");

        List<CloudEvent> events = TestEvents.await(topic, e -> id.equals(e.getSubject()), 1, Duration.ofSeconds(20));
        assertThat(CloudEventCodec.data(events.get(0)).path("issuingUnitLevel").asText()).isEqualTo("DISTRICT");
    }

    @Test
    void aUnitRetiredByTheReformCannotIssueAPlanDatedAfterItAndNothingIsStored() {
        long plans = count("plan");
        long events = count("outbox_event");

        given().header("Authorization", bearer("VN", "ADMIN")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, THAI_BINH, "2026-02-01", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("issuingUnitCode"))
                .body("errors[0].code", equalTo("UNIT_NOT_VALID_AT_DATE"))
                .body("errors[0].message", equalTo("Administrative unit 34 did not exist on 2026-02-01"));

        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void aCodeThatNeverNamedAUnitIsUnknown() {
        long plans = count("plan");

        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "99", "2024-01-01", 2024, 2024))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("issuingUnitCode"))
                .body("errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("errors[0].message", equalTo("Không có đơn vị hành chính mã 99"));

        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRejected() {
        given().header("Authorization", bearer("VN", "ADMIN")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, HA_NOI, "2026-01-10", 2027, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("periodToYear"))
                .body("errors[0].code", equalTo("PERIOD_ENDS_BEFORE_START"))
                .body("errors[0].message", equalTo("The end year must be 2027 or later"));
    }

    @Test
    void anIssueDateInTheFutureIsRejected() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, HA_NOI, tomorrow.toString(), tomorrow.getYear(), tomorrow.getYear()))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("issueDate"))
                .body("errors[0].code", equalTo("IN_FUTURE"));
    }

    @Test
    void everyInvalidFieldIsListedTogether() {
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "99", "2024-01-01", 1990, 2101))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.field", hasItems("issuingUnitCode", "periodFromYear", "periodToYear"))
                .body("errors.find { it.field == 'periodFromYear' }.code", equalTo("OUT_OF_RANGE"))
                .body("errors.find { it.field == 'periodFromYear' }.message", equalTo("Giá trị phải từ 2000 đến 2100"));

        Map<String, Object> body = PlanRequests.plan("1".repeat(51), HA_NOI, "2026-01-10", 2026, 2026);
        body.put("title", " ");
        body.remove("issueDate");
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.find { it.field == 'title' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'issueDate' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'number' }.code", equalTo("TOO_LONG"));
    }

    @Test
    void anUnknownTypeNamesTheAllowedTypes() {
        Map<String, Object> body = PlanRequests.plan(null, HA_NOI, "2026-01-10", 2026, 2026);
        body.put("type", "QUARTERLY");
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"))
                .body("errors[0].message", containsString("THEMATIC"));
    }

    @Test
    void aNumberIsUsedOncePerUnitAndYearOfIssue() {
        String number = PlanRequests.uniqueNumber();
        given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, HO_CHI_MINH_CITY, "2025-09-01", 2025, 2025))
                .when().post("/api/v1/plans").then().statusCode(201);
        long plans = count("plan");

        given().header("Authorization", bearer("VN", "ADMIN")).header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, HO_CHI_MINH_CITY, "2025-10-01", 2025, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("Number " + number + " is already used by unit 79 for another plan of 2025."));
        // Typed documents space numbers unevenly: "123 /KH-UBND" is the same number.
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON)
                .body(PlanRequests.plan(number.replace("/", " / "), HO_CHI_MINH_CITY, "2025-11-01", 2025, 2025))
                .when().post("/api/v1/plans")
                .then().statusCode(409)
                .body("detail", containsString("đã được đơn vị 79 dùng"));
        assertThat(count("plan")).isEqualTo(plans);

        // Numbering restarts each year, and every unit has its own.
        given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, HO_CHI_MINH_CITY, "2026-01-05", 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(201);
        given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, HA_NOI, "2025-09-01", 2025, 2025))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void plansWithoutANumberNeverConflict() {
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", bearer(HA_NOI, "PLANNER")).contentType(ContentType.JSON)
                    .body(PlanRequests.plan(i == 0 ? null : "  ", HA_NOI, "2025-12-01", 2026, 2026))
                    .when().post("/api/v1/plans").then().statusCode(201);
        }
    }

    @Test
    void ofRequestsRacingWithTheSameNumberExactlyOneRegistersAPlan() {
        String number = PlanRequests.uniqueNumber();
        Map<String, Object> body = PlanRequests.plan(number, HA_NOI, "2025-10-20", 2025, 2025);
        String token = bearer(HA_NOI, "PLANNER");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().header("Authorization", token)
                            .contentType(ContentType.JSON).body(body)
                            .when().post("/api/v1/plans").then().extract().statusCode(), clients))
                    .toList();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();

            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        // The database quotes the duplicate values in its error message; that message must not reach the log.
        assertThat(Path.of("target/plan-service-test.log")).content(StandardCharsets.UTF_8).doesNotContain(number);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> body = PlanRequests.plan(PlanRequests.uniqueNumber(), HA_NOI, "2026-03-01", 2026, 2026);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = given().header("Authorization", bearer(HA_NOI, "PLANNER"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract();
        long plans = count("plan");
        long events = count("outbox_event");

        given().header("Authorization", bearer(HA_NOI, "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("number", equalTo(body.get("number")));

        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherBodyIsRefused() {
        Map<String, Object> body = PlanRequests.plan(null, HA_NOI, "2026-03-02", 2026, 2026);
        String key = UUID.randomUUID().toString();
        given().header("Authorization", bearer(HA_NOI, "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201);
        long plans = count("plan");

        body.put("title", "Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026");
        given().header("Authorization", bearer(HA_NOI, "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));

        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void aPlannerRegistersPlansOfTheirProvinceAndItsCommunesButNotOfAnotherProvince() {
        given().header("Authorization", bearer(HA_NOI, "PLANNER")).contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(HA_NOI, "2026-02-10"))
                .when().post("/api/v1/plans").then().statusCode(201);
        given().header("Authorization", bearer(HA_NOI, "PLANNER")).contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(BA_DINH, "2026-02-10"))
                .when().post("/api/v1/plans").then().statusCode(201)
                .body("issuingUnitCode", equalTo(BA_DINH));
        long plans = count("plan");

        given().header("Authorization", bearer(HA_NOI, "PLANNER")).header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(HO_CHI_MINH_CITY, "2026-02-10"))
                .when().post("/api/v1/plans")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/outside-jurisdiction"))
                .body("detail", equalTo("Unit 79 is not within the administrative unit you serve."));

        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void aCaseWorkerMayNotRegisterPlans() {
        given().header("Authorization", bearer(HA_NOI, "CASE_WORKER")).contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(HA_NOI, "2026-02-10"))
                .when().post("/api/v1/plans")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void withoutATokenNothingIsRegistered() {
        given().contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(HA_NOI, "2026-02-10"))
                .when().post("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void malformedJsonIsAProblemInTheCallersLanguage() {
        given().header("Authorization", bearer(HA_NOI, "PLANNER")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body("{\"title\": \"Kế hoạch\", ")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("/problems/malformed-request"))
                .body("instance", equalTo("/api/v1/plans"));
    }

    private long count(String tableAndCondition) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from " + tableAndCondition)
                        .getSingleResult()).longValue());
    }
}
