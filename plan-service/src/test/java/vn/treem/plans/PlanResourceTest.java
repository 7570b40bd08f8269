package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.time.LocalDate;
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
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

@QuarkusTest
class PlanResourceTest {

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Inject
    EntityManager em;

    @Test
    void aPlanIsRegisteredAndReadableAtItsLocation() {
        String location = given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.thaiBinh2022(PlanRequests.uniqueNumber()))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("type", equalTo("ANNUAL"))
                .extract().header("Location");

        given().header("Authorization", bearer("VN", "ANALYST"))
                .when().get(location)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("issuingUnitCode", equalTo("34"))
                .body("issueDate", equalTo("2022-03-22"))
                .body("periodFromYear", equalTo(2022));
    }

    @Test
    void anIssuedPlanIsAnnouncedOnceWithCodesButWithoutTitleOrNumber() {
        String number = PlanRequests.uniqueNumber();
        String planId = given().header("Authorization", bearer("01", "PLANNER"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(number, "01", "2026-01-20", 2026, 2030))
                .when().post("/api/v1/plans")
                .then().statusCode(201).body("type", equalTo("MULTI_YEAR")).extract().path("id");

        List<CloudEvent> events = TestEvents.await(topic, e -> planId.equals(e.getSubject()), 1,
                Duration.ofSeconds(20));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getType()).isEqualTo("vn.treem.plan.plan.issued.v1");
        var data = CloudEventCodec.data(events.get(0));
        assertThat(data.path("issuingUnitCode").asText()).isEqualTo("01");
        assertThat(data.path("issuingUnitLevel").asText()).isEqualTo("PROVINCE");
        assertThat(data.path("issueDate").asText()).isEqualTo("2026-01-20");
        String serialized = CloudEventCodec.serializeToString(events.get(0));
        assertThat(serialized).doesNotContain(number).doesNotContain("Tăng cường");
    }

    @Test
    void aUnitRetiredByThe2025ReformCannotIssueAPlanAfterIt() {
        long plans = count("plan");
        long outbox = count("outbox_event");

        given().header("Authorization", bearer("VN", "ADMIN")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "34", "2026-02-01", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("issuingUnitCode"))
                .body("errors[0].code", equalTo("UNIT_NOT_VALID_AT_DATE"))
                .body("errors[0].message", containsString("2026-02-01"));

        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aDistrictBeforeTheReformMayIssuePlans() {
        // 107 was Huyện Mường Tè (Lai Châu) until 30 June 2025.
        given().header("Authorization", bearer("12", "PLANNER"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "107", "2024-06-01", 2024, 2030))
                .when().post("/api/v1/plans")
                .then().statusCode(201);
    }

    @Test
    void invalidFieldsAreAllListed() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "01", tomorrow, 2027, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.field", hasItems("issueDate", "periodToYear"))
                .body("errors.code", hasItems("IN_FUTURE", "PERIOD_ENDS_BEFORE_START"));

        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "99", "2024-01-01", 1990, 2024))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.find { it.field == 'periodFromYear' }.code", equalTo("TOO_SMALL"));

        given().header("Authorization", bearer("VN", "ADMIN"))
                .contentType(ContentType.JSON).body(PlanRequests.plan(null, "99", "2024-01-01", 2024, 2024))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_UNIT"));
    }

    @Test
    void aNumberIsUsedOncePerUnitAndYear() {
        String number = PlanRequests.uniqueNumber();
        given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, "79", "2025-09-01", 2025, 2025))
                .when().post("/api/v1/plans").then().statusCode(201);

        given().header("Authorization", bearer("VN", "ADMIN")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(PlanRequests.plan(number, "79", "2025-10-01", 2025, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString(number));
        given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(number, "79", "2026-01-05", 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> body = PlanRequests.plan(PlanRequests.uniqueNumber(), "01", "2026-03-01", 2026, 2026);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", bearer("01", "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        long plans = count("plan");

        given().header("Authorization", bearer("01", "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("title", "Another plan");
        given().header("Authorization", bearer("01", "PLANNER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));

        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void aPlannerActsWithinTheirProvinceOnly() {
        given().header("Authorization", bearer("01", "PLANNER")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, "00004", "2026-02-10", 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(201);

        given().header("Authorization", bearer("01", "PLANNER")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, "79", "2026-02-10", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
    }

    @Test
    void onlyPlannersAndAdministratorsRegisterPlans() {
        given().header("Authorization", bearer("01", "CASE_WORKER")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, "01", "2026-02-10", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, "01", "2026-02-10", 2026, 2026))
                .when().post("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCommuneSeesThePlanOfItsProvinceButNotThatOfAnotherProvince() {
        String hanoi = create("01", "2026-04-01");
        String hcmc = create("79", "2026-04-01");

        given().header("Authorization", bearer("00004", "CASE_WORKER"))
                .when().get("/api/v1/plans/" + hanoi).then().statusCode(200);
        given().header("Authorization", bearer("00004", "CASE_WORKER"))
                .when().get("/api/v1/plans/" + hcmc)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void plansAreListedInPagesWithACursorUntilTheLastPage() {
        for (int day = 1; day <= 5; day++) {
            create("20", "2025-08-0" + day);
        }
        var first = given().header("Authorization", bearer("20", "PLANNER"))
                .queryParam("issuingUnit", "20").queryParam("limit", 2)
                .when().get("/api/v1/plans")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.issueDate")).containsExactly("2025-08-05", "2025-08-04");
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();

        var second = given().header("Authorization", bearer("20", "PLANNER"))
                .queryParam("issuingUnit", "20").queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.issueDate")).containsExactly("2025-08-03", "2025-08-02");

        var last = given().header("Authorization", bearer("20", "PLANNER"))
                .queryParam("issuingUnit", "20").queryParam("limit", 2)
                .queryParam("cursor", second.getString("nextCursor"))
                .when().get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        assertThat(last.getList("items.issueDate")).containsExactly("2025-08-01");
        assertThat(last.getString("nextCursor")).isNull();
    }

    @Test
    void aListShowsOnlyPlansTheCallerMaySee() {
        create("79", "2025-09-09");
        var page = given().header("Authorization", bearer("20", "PLANNER")).queryParam("limit", 200)
                .when().get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.issuingUnitCode", String.class)).doesNotContain("79", "01");
    }

    @Test
    void pageSizesAboveTheMaximumAndGarbledCursorsAreRefused() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("limit", 500)
                .when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("cursor", "not-a-cursor")
                .when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private String create(String unit, String date) {
        return given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.plan(null, unit, date, Integer.parseInt(date.substring(0, 4)),
                        Integer.parseInt(date.substring(0, 4))))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
    }
}
