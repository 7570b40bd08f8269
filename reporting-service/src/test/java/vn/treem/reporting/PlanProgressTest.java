package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.ReportFixtures.PATIENCE;
import static vn.treem.reporting.ReportFixtures.REPORTS;
import static vn.treem.reporting.ReportFixtures.awaitReportId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.treem.platform.testing.TestEvents;

/**
 * Progress data of a plan and of the plans derived from it: targets against actuals computed from case events, reported
 * on the plan and in accepted reports, per year and per commune; tasks by status. Điện Biên (11) is used by no other
 * test, so every figure is exact.
 */
@QuarkusTest
class PlanProgressTest {

    static final String DIEN_BIEN = "11";
    static final String FIRST_COMMUNE = "03127";
    static final String SECOND_COMMUNE = "03151";
    static final String PROGRESS = "/api/v1/plan-progress/";
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @Test
    void aProvincePlanShowsComputedAndReportedActualsPerYearAndPerCommuneAgainstTargetsAndItsTasksByStatus() {
        ReportFixtures.Plan province = new ReportFixtures.Plan(DIEN_BIEN, "PROVINCE", YEAR, YEAR + 4)
                .target("1", "ABUSED_CHILDREN_INTERVENTION_SHARE", "PERCENT", YEAR + 4, "AT_LEAST", 90, 50.0,
                        YEAR - 1)
                .target("2", "CHILD_FRIENDLY_COMMUNES_SHARE", "PERCENT", YEAR, "AT_LEAST", 80, null, null)
                .target("3", null, "COUNT", YEAR, "AT_LEAST", 10, null, null)
                .reporting("UBND các xã, phường", "ANNUAL", "11-25");
        UUID done = province.assign("NV01", "Sở Y tế", YEAR + "-01-10");
        province.assign("NV02", "Công an tỉnh", (YEAR - 1) + "-12-31");
        province.assign("NV03", "Sở Giáo dục và Đào tạo", (YEAR + 4) + "-12-31");
        UUID started = province.assign("NV04", "Sở Tư pháp", (YEAR + 4) + "-12-31");
        TestEvents.publish(planTopic, province.issued());
        ReportFixtures.Plan commune = new ReportFixtures.Plan(FIRST_COMMUNE, "COMMUNE", YEAR, YEAR + 4)
                .target("2", null, "PERCENT", YEAR, "AT_LEAST", 85, null, null);
        commune.parentPlanId = province.planId;
        UUID communeTask = commune.assign("X01", "Công an xã", (YEAR + 4) + "-12-31");
        TestEvents.publish(planTopic, commune.issued());
        CloudEvent doneEvent = province.assignmentStatus(done, "DONE", YEAR + "-01-09T10:00:00+07:00");
        TestEvents.publish(planTopic, doneEvent);
        TestEvents.publish(planTopic, doneEvent); // delivered twice
        TestEvents.publish(planTopic,
                province.assignmentStatus(started, "IN_PROGRESS", YEAR + "-02-01T10:00:00+07:00"));
        TestEvents.publish(planTopic,
                commune.assignmentStatus(communeTask, "IN_PROGRESS", YEAR + "-02-01T10:00:00+07:00"));
        TestEvents.publish(planTopic, province.actualReported("3", YEAR, 12, YEAR + "-03-01T10:00:00+07:00"));

        UUID assisted = UUID.randomUUID();
        UUID notAssisted = UUID.randomUUID();
        TestEvents.publish(caseTopic, CaseEvents.opened(assisted, FIRST_COMMUNE, YEAR + "-03-02T08:00:00+07:00",
                List.of("VIOLENCE"), "FEMALE", UUID.randomUUID()));
        TestEvents.publish(caseTopic, CaseEvents.opened(notAssisted, FIRST_COMMUNE, YEAR + "-03-03T08:00:00+07:00",
                List.of("NEGLECT"), "MALE", UUID.randomUUID()));
        TestEvents.publish(caseTopic, CaseEvents.serviceDelivered(assisted, FIRST_COMMUNE, YEAR + "-03-04"));

        accept(awaitReportId(FIRST_COMMUNE, String.valueOf(YEAR)), FIRST_COMMUNE, 80, 8, 10, 4);
        accept(awaitReportId(SECOND_COMMUNE, String.valueOf(YEAR)), SECOND_COMMUNE, 90, 9, 10, 3);

        String token = bearer(DIEN_BIEN, "ANALYST");
        await().atMost(PATIENCE).until(() -> {
            JsonPath p = progress(token, province.planId, null);
            return p.getList("indicators").size() == 3 && "COMPUTED".equals(p.getString(
                    "indicators.find { it.code == '1' }.years[0].actualSource"))
                    && p.getInt("tasks.byStatus.DONE") == 1 && p.getInt("tasks.byStatus.IN_PROGRESS") == 1
                    && p.getList("tasks.units").size() == 1
                    && p.getInt("tasks.units[0].byStatus.IN_PROGRESS") == 1
                    && "PLAN".equals(p.getString("indicators.find { it.code == '3' }.years[0].actualSource"));
        });
        JsonPath p = progress(token, province.planId, YEAR);

        assertThat(p.getInt("year")).isEqualTo(YEAR);
        assertThat(p.getList("derivedPlans.planId")).containsExactly(commune.planId.toString());
        // 1: computed share of abused children given intervention, 1 of 2 = 50 %; the line from 50 (YEAR-1) to 90
        // (YEAR+4) expects 58 in YEAR: 8 short, more than a tenth of the distance of 40 → off track.
        Map<String, Object> computed = p.getMap("indicators.find { it.code == '1' }.years[0]");
        assertThat(computed).containsEntry("year", YEAR).containsEntry("actual", 50.0f)
                .containsEntry("status", "OFF_TRACK");
        assertThat(p.getList("indicators.find { it.code == '1' }.years.year"))
                .containsExactly(YEAR, YEAR + 1, YEAR + 2, YEAR + 3, YEAR + 4);
        assertThat(p.getString("indicators.find { it.code == '1' }.years[1].status")).isEqualTo("NO_DATA");
        assertThat(p.getString("indicators.find { it.code == '1' }.source")).isEqualTo("COMPUTED");
        Map<String, Object> firstCommuneComputed = p.getMap(
                "indicators.find { it.code == '1' }.units.find { it.unitCode == '" + FIRST_COMMUNE + "' }");
        assertThat(firstCommuneComputed).containsEntry("actual", 50.0f).containsEntry("status", "OFF_TRACK");
        assertThat(p.getList("indicators.find { it.code == '1' }.units.unitCode")).hasSize(45)
                .contains(FIRST_COMMUNE, SECOND_COMMUNE);

        // 2: reported share, nothing on the plan itself: the communes' parts and wholes add up to 17 of 20 = 85 %.
        Map<String, Object> reported = p.getMap("indicators.find { it.code == '2' }.years[0]");
        assertThat(reported).containsEntry("actual", 85.0f).containsEntry("actualSource", "UNITS")
                .containsEntry("status", "ON_TRACK");
        Map<String, Object> ownTarget = p.getMap(
                "indicators.find { it.code == '2' }.units.find { it.unitCode == '" + FIRST_COMMUNE + "' }");
        assertThat(ownTarget).containsEntry("planId", commune.planId.toString()).containsEntry("actual", 80.0f)
                .containsEntry("actualSource", "REPORT").containsEntry("status", "OFF_TRACK");
        assertThat(p.getFloat("indicators.find { it.code == '2' }.units.find { it.unitCode == '" + FIRST_COMMUNE
                + "' }.target.value")).isEqualTo(85.0f);
        Map<String, Object> provinceTarget = p.getMap(
                "indicators.find { it.code == '2' }.units.find { it.unitCode == '" + SECOND_COMMUNE + "' }");
        assertThat(provinceTarget).containsEntry("actual", 90.0f).containsEntry("status", "ON_TRACK")
                .doesNotContainKey("planId");

        // 3: a count reported on the plan (12 ≥ 10); a commune without a plan of its own has no count target.
        assertThat(p.getMap("indicators.find { it.code == '3' }.years[0]")).containsEntry("actual", 12.0f)
                .containsEntry("actualSource", "PLAN").containsEntry("status", "ON_TRACK");
        assertThat(p.getMap("indicators.find { it.code == '3' }.units.find { it.unitCode == '" + SECOND_COMMUNE
                + "' }")).containsEntry("actual", 3).containsEntry("status", "NO_TARGET");

        // Tasks: one done (delivered twice, counted once), one past its deadline, one not started, one in progress.
        assertThat(p.getMap("tasks.byStatus")).containsEntry("DONE", 1).containsEntry("OVERDUE", 1)
                .containsEntry("NOT_STARTED", 1).containsEntry("IN_PROGRESS", 1);
        assertThat(p.getString("tasks.assignments.find { it.taskCode == 'NV02' }.status")).isEqualTo("OVERDUE");
        assertThat(p.getString("tasks.units[0].unitCode")).isEqualTo(FIRST_COMMUNE);

        // The reported catalog indicator has the same values in /indicator-values.
        JsonPath provinceValue = given().header("Authorization", token)
                .queryParam("indicator", "CHILD_FRIENDLY_COMMUNES_SHARE").queryParam("unit", DIEN_BIEN)
                .queryParam("period", String.valueOf(YEAR)).when().get("/api/v1/indicator-values")
                .then().statusCode(200).extract().jsonPath();
        assertThat(provinceValue.getFloat("value")).isEqualTo(85.0f);
        assertThat(provinceValue.getInt("numerator")).isEqualTo(17);
        assertThat(provinceValue.getInt("denominator")).isEqualTo(20);
        assertThat(provinceValue.getList("flags")).containsExactly("REPORTED_BY_UNITS:2");
        given().header("Authorization", token).queryParam("indicator", "CHILD_FRIENDLY_COMMUNES_SHARE")
                .queryParam("unit", FIRST_COMMUNE).queryParam("period", String.valueOf(YEAR))
                .when().get("/api/v1/indicator-values").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.equalTo(80.0f));

        // Any version id answers; the rebuild from the start of the topics gives the same data.
        String before = given().header("Authorization", token).when().get(PROGRESS + province.planId)
                .then().statusCode(200).extract().asString();
        given().header("Authorization", bearer("VN", "ADMIN")).when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        String after = given().header("Authorization", token).when().get(PROGRESS + province.planId)
                .then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void progressIsReadWithinTheCallersUnitForAYearOfThePlanOnly() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(DIEN_BIEN, "PROVINCE", YEAR, YEAR + 1)
                .target("9", null, "COUNT", YEAR + 1, "AT_LEAST", 3, null, null);
        TestEvents.publish(planTopic, plan.issued());
        String analyst = bearer(DIEN_BIEN, "ANALYST");
        await().atMost(PATIENCE).until(() -> given().header("Authorization", analyst).when()
                .get(PROGRESS + plan.planId).statusCode() == 200);

        given().header("Authorization", analyst).queryParam("year", YEAR + 2).when().get(PROGRESS + plan.planId)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer("79", "ANALYST")).when().get(PROGRESS + plan.planId)
                .then().statusCode(404);
        given().header("Authorization", bearer(FIRST_COMMUNE, "ANALYST")).when().get(PROGRESS + plan.planId)
                .then().statusCode(404);
        given().header("Authorization", bearer(DIEN_BIEN, "CASE_WORKER")).when().get(PROGRESS + plan.planId)
                .then().statusCode(403);
        given().header("Authorization", analyst).when().get(PROGRESS + UUID.randomUUID()).then().statusCode(404);
    }

    private static JsonPath progress(String token, UUID planId, Integer year) {
        var request = given().header("Authorization", token);
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.when().get(PROGRESS + planId).then().statusCode(200).extract().jsonPath();
    }

    /** The commune's reporter fills in and submits its report; the province's approver accepts it. */
    private static void accept(String reportId, String unit, double share, int part, int whole, int count) {
        String reporter = bearer(unit, "REPORTER");
        String etag = given().header("Authorization", reporter).when().get(REPORTS + "/" + reportId)
                .then().statusCode(200).extract().header("ETag");
        etag = given().header("Authorization", reporter).header("If-Match", etag).contentType("application/json")
                .body(Map.of("values", List.of(
                        Map.of("indicatorCode", "2", "value", share, "numerator", part, "denominator", whole),
                        Map.of("indicatorCode", "3", "value", count))))
                .when().put(REPORTS + "/" + reportId).then().statusCode(200).extract().header("ETag");
        etag = given().header("Authorization", reporter).header("If-Match", etag)
                .when().post(REPORTS + "/" + reportId + "/submission").then().statusCode(200).extract()
                .header("ETag");
        given().header("Authorization", bearer(DIEN_BIEN, "REPORT_APPROVER")).header("If-Match", etag)
                .contentType("application/json").body(Map.of("accept", true))
                .when().post(REPORTS + "/" + reportId + "/decision").then().statusCode(200);
    }
}
