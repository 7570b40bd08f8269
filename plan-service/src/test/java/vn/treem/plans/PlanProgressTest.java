package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.plans.PlanRequests.HA_NOI;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** Progress of an issued plan: assignment statuses reported by agencies, indicators against their targets. */
@QuarkusTest
class PlanProgressTest {

    static final String PLANNER = bearerFor("progress-planner", HA_NOI, "PLANNER");
    static final String REPORTER = bearerFor("progress-reporter", HA_NOI, "REPORTER");
    static final String OUTSIDER = bearerFor("reporter-79", "79", "REPORTER");

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Test
    void anAgencyReportsItsAssignmentOnceAStaleReportIsRefusedAndThePastDeadlineShowsOverdue() {
        String planId = issuedPlan();
        var progress = given().header("Authorization", REPORTER).when().get("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(200).extract();
        String lead = progress.path("assignments.find { it.role == 'LEAD' }.assignmentId");
        assertThat(progress.<String>path("assignments.find { it.role == 'SUPPORT' }.status")).isEqualTo("OVERDUE");
        assertThat(progress.<String>path("assignments.find { it.role == 'LEAD' }.status")).isEqualTo("NOT_STARTED");
        String path = "/api/v1/plans/" + planId + "/progress/assignments/" + lead;

        given().header("Authorization", REPORTER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "note", "Đã tập huấn 3 lớp")).when().put(path)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().header("Authorization", REPORTER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).when().put(path).then().statusCode(412);
        given().header("Authorization", OUTSIDER).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).when().put(path).then().statusCode(404);

        List<CloudEvent> events = TestEvents.await(topic, e -> planId.equals(e.getSubject())
                && e.getType().equals("vn.treem.plan.assignment.status-changed.v1"), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        assertThat(CloudEventCodec.data(events.get(0)).path("toStatus").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aReportedActualAndTheBaselineReachConsumersThroughEvents() {
        String planId = issuedPlan();
        int year = LocalDate.now().getYear();
        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", "1", "year", year, "value", 42.5, "source", "Báo cáo của Sở"))
                .when().post("/api/v1/plans/" + planId + "/progress/indicator-actuals").then().statusCode(204);

        CloudEvent issued = TestEvents.await(topic, e -> planId.equals(e.getSubject())
                && e.getType().equals("vn.treem.plan.plan.issued.v1"), 1, Duration.ofSeconds(20)).get(0);
        var target = CloudEventCodec.data(issued).path("targets").get(0);
        assertThat(target.path("baselineValue").decimalValue()).isEqualByComparingTo("30");
        assertThat(target.path("baselineYear").asInt()).isEqualTo(2021);

        CloudEvent actual = TestEvents.await(topic, e -> planId.equals(e.getSubject())
                && e.getType().equals("vn.treem.plan.indicator-actual.reported.v1"), 1, Duration.ofSeconds(20))
                .get(0);
        var data = CloudEventCodec.data(actual);
        assertThat(data.path("issuingUnitCode").asText()).isEqualTo(HA_NOI);
        assertThat(data.path("indicatorCode").asText()).isEqualTo("1");
        assertThat(data.path("year").asInt()).isEqualTo(year);
        assertThat(data.path("value").decimalValue()).isEqualByComparingTo("42.5");
        assertThat(data.has("source")).as("free text stays in plan-service").isFalse();
    }

    @Test
    void anIndicatorBehindItsTrajectoryIsOffTrack() {
        String planId = issuedPlan();
        int year = LocalDate.now().getYear();

        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", "1", "year", year, "value", 31))
                .when().post("/api/v1/plans/" + planId + "/progress/indicator-actuals").then().statusCode(204);

        given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(200)
                .body("indicators[0].code", equalTo("1"))
                .body("indicators[0].actual", equalTo(31.0f))
                .body("indicators[0].status", equalTo("OFF_TRACK"));
        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", "nope", "year", year, "value", 31))
                .when().post("/api/v1/plans/" + planId + "/progress/indicator-actuals").then().statusCode(400);
    }

    /** An issued plan of Hà Nội: a target rising from 30 (2021) to 80 in 2030; a LEAD, and a SUPPORT already late. */
    private static String issuedPlan() {
        int year = LocalDate.now().getYear();
        Map<String, Object> body = PlanRequests.plan(PlanRequests.uniqueNumber(), HA_NOI, LocalDate.now().toString(),
                year, 2030);
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "1", "text", "Tỷ lệ xã, phường phù hợp với trẻ em",
                "unit", "PERCENT", "direction", "INCREASE", "baseline", Map.of("value", 30, "year", 2021),
                "targets", List.of(Map.of("year", 2030, "comparator", "AT_LEAST", "value", 80))));
        body.put("content", Map.of(
                "objectives", List.of(Map.of("kind", "SPECIFIC", "text", "Đến năm 2030", "indicators",
                        List.of(indicator))),
                "assignments", List.of(
                        Map.of("agencyName", "Sở Y tế", "role", "LEAD", "deadline", "2030-12-31"),
                        Map.of("agencyName", "Công an thành phố", "role", "SUPPORT", "deadline",
                                LocalDate.now().minusDays(1).toString()))));
        return given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }
}
