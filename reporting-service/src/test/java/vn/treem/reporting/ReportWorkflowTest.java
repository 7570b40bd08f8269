package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.ReportFixtures.REPORTS;
import static vn.treem.reporting.ReportFixtures.awaitReportId;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.HO_CHI_MINH;
import static vn.treem.reporting.Reporting.NGOC_HA;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.treem.platform.testing.TestEvents;

/**
 * Filling in a report, submitting it, and the level above returning or accepting it: an accepted report is locked.
 * Validation of values, If-Match, Idempotency-Key and who may do what. Every test works on a report of its own: a
 * province plan of Hà Nội for a year of its own, reported on by Ba Đình.
 */
@QuarkusTest
class ReportWorkflowTest {

    static final String REPORTER = bearer(BA_DINH, "REPORTER");
    static final String APPROVER = bearer(HA_NOI, "REPORT_APPROVER");
    static final String SHARE = "TL_TRE_HCDB_DUOC_TRO_GIUP";
    static final String COUNT = "SO_LOP_TAP_HUAN_KY_NANG";

    private static int nextYear = 2051;

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @ConfigProperty(name = "treem.events.topic")
    String reportingTopic;

    String reportId;
    UUID task;
    UUID otherTask;

    @BeforeEach
    void aReportOfBaDinhIsExpected() {
        int year = nextYear++;
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", year, year)
                .target(SHARE, "PERCENT").target(COUNT, "COUNT");
        task = plan.assign("NV01", "Công an xã");
        otherTask = plan.assign("NV02", "Trạm y tế xã");
        plan.reporting("UBND các xã, phường", "ANNUAL", "11-25");
        TestEvents.publish(planTopic, plan.issued());
        reportId = awaitReportId(BA_DINH, String.valueOf(year));
    }

    @Test
    void aReportGoesFromDraftToSubmittedIsReturnedResubmittedAcceptedAndThenLocked() {
        ValidatableResponse expected = get(REPORTER).statusCode(200).body("status", equalTo("EXPECTED"))
                .body("assignments.assignmentId", containsInAnyOrder(task.toString(), otherTask.toString()))
                .body("indicators.code", containsInAnyOrder(SHARE, COUNT))
                .body("allowedNext", equalTo(List.of("DRAFT")));
        String etag = expected.extract().header("ETag");

        etag = save(REPORTER, etag, content(92.5, 185, 200, 12)).statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("progress[0].status", equalTo("IN_PROGRESS"))
                .body("values.find { it.indicatorCode == '" + SHARE + "' }.value", equalTo(92.5f))
                .extract().header("ETag");
        etag = submit(REPORTER, etag, null).statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue()).extract().header("ETag");
        save(REPORTER, etag, content(92.5, 185, 200, 13)).statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));

        etag = decide(APPROVER, etag, false, "Số lớp tập huấn chưa khớp với báo cáo quý, đề nghị rà soát")
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("decisionComment", containsString("rà soát")).extract().header("ETag");
        etag = save(REPORTER, etag, content(92.5, 185, 200, 13)).statusCode(200)
                .body("status", equalTo("RETURNED")).extract().header("ETag");
        etag = submit(REPORTER, etag, null).statusCode(200).body("status", equalTo("SUBMITTED"))
                .extract().header("ETag");
        etag = decide(APPROVER, etag, true, null).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("allowedNext", hasSize(0)).extract().header("ETag");

        save(REPORTER, etag, content(50, 100, 200, 1)).statusCode(409)
                .body("type", equalTo("/problems/conflict"));
        submit(REPORTER, etag, null).statusCode(409).body("type", equalTo("/problems/conflict"));
        decide(APPROVER, etag, false, "Mở lại").statusCode(409).body("type", equalTo("/problems/conflict"));
        get(REPORTER).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("values.find { it.indicatorCode == '" + COUNT + "' }.value", equalTo(13));

        List<io.cloudevents.CloudEvent> events = TestEvents.await(reportingTopic,
                e -> reportId.equals(e.getSubject()), 4, java.time.Duration.ofSeconds(20));
        org.assertj.core.api.Assertions.assertThat(events).extracting(e -> vn.treem.platform.events.CloudEventCodec
                .data(e).path("toStatus").asText()).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
        org.assertj.core.api.Assertions.assertThat(events).allSatisfy(e -> {
            org.assertj.core.api.Assertions.assertThat(e.getType())
                    .isEqualTo("vn.treem.reporting.report.status-changed.v1");
            String data = vn.treem.platform.events.CloudEventCodec.data(e).toString();
            org.assertj.core.api.Assertions.assertThat(data).contains("\"reportingUnitCode\":\"" + BA_DINH + "\"")
                    .doesNotContain("rà soát").doesNotContain("Công an xã").doesNotContain("reporter");
        });
    }

    @Test
    void submittingChecksSharesPartsAndCountsAndNamesEveryBrokenRuleInTheCallersLanguage() {
        String etag = get(REPORTER).extract().header("ETag");
        Map<String, Object> broken = Map.of("values", List.of(
                Map.of("indicatorCode", SHARE, "value", 120, "numerator", 30, "denominator", 20),
                Map.of("indicatorCode", COUNT, "value", -3)));
        etag = save(REPORTER, etag, broken).statusCode(200).extract().header("ETag");

        given().header("Authorization", REPORTER).header("If-Match", etag).header("Accept-Language", "en")
                .when().post(REPORTS + "/" + reportId + "/submission")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("values[0].value", "values[0].numerator",
                        "values[1].value"))
                .body("errors.code", containsInAnyOrder("SHARE_OUT_OF_RANGE", "PART_LARGER_THAN_WHOLE",
                        "NEGATIVE_COUNT"))
                .body("errors.find { it.code == 'SHARE_OUT_OF_RANGE' }.message",
                        equalTo("A percentage must be between 0 and 100 (given: 120)"))
                .body("errors.find { it.code == 'PART_LARGER_THAN_WHOLE' }.message", equalTo(
                        "The numerator (30) is a part of the denominator and must not be larger than it (20)"));
        given().header("Authorization", REPORTER).header("If-Match", etag).header("Accept-Language", "vi")
                .when().post(REPORTS + "/" + reportId + "/submission")
                .then().statusCode(400)
                .body("errors.find { it.code == 'SHARE_OUT_OF_RANGE' }.message",
                        equalTo("Tỷ lệ phần trăm phải từ 0 đến 100 (đã nhập 120)"))
                .body("errors.find { it.code == 'NEGATIVE_COUNT' }.message",
                        equalTo("Số lượng không được âm (đã nhập -3)"));
        get(REPORTER).body("status", equalTo("DRAFT"));

        etag = save(REPORTER, etag, Map.of("values", List.of(
                Map.of("indicatorCode", SHARE, "value", 80, "numerator", 30, "denominator", 40),
                Map.of("indicatorCode", COUNT, "value", 2.5)))).statusCode(200).extract().header("ETag");
        submit(REPORTER, etag, null).statusCode(400)
                .body("errors.code", containsInAnyOrder("SHARE_MISMATCH", "NOT_A_WHOLE_NUMBER"));
    }

    @Test
    void aDraftMayOnlyNameTheTasksAndIndicatorsOfThePlanEachOnce() {
        String etag = get(REPORTER).extract().header("ETag");
        save(REPORTER, etag, Map.of(
                "progress", List.of(Map.of("assignmentId", UUID.randomUUID().toString(), "status", "DONE"),
                        Map.of("assignmentId", task.toString(), "status", "DONE"),
                        Map.of("assignmentId", task.toString(), "status", "DONE")),
                "values", List.of(Map.of("indicatorCode", "INTAKES_RECEIVED", "value", 3))))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("progress[0].assignmentId", "progress[2].assignmentId",
                        "values[0].indicatorCode"))
                .body("errors.code", containsInAnyOrder("UNKNOWN_ASSIGNMENT", "DUPLICATE_ENTRY",
                        "NOT_A_REPORTED_INDICATOR"));
        save(REPORTER, etag, Map.of("progress", List.of(Map.of("assignmentId", task.toString(),
                "status", "FINISHED")))).statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"));
        get(REPORTER).body("status", equalTo("EXPECTED"));
    }

    @Test
    void returningNeedsAComment() {
        String etag = save(REPORTER, get(REPORTER).extract().header("ETag"), content(90, 90, 100, 4))
                .extract().header("ETag");
        etag = submit(REPORTER, etag, null).statusCode(200).extract().header("ETag");

        decide(APPROVER, etag, false, "  ").statusCode(400)
                .body("errors[0].field", equalTo("comment"))
                .body("errors[0].code", equalTo("REQUIRED_TO_RETURN"));
        get(REPORTER).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void onlyTheReportersOfTheUnitFillInAndOnlyTheLevelAboveDecides() {
        String etag = get(REPORTER).extract().header("ETag");
        // A reporter of another commune does not even learn that the report exists.
        given().header("Authorization", bearer(NGOC_HA, "REPORTER")).when().get(REPORTS + "/" + reportId)
                .then().statusCode(404);
        save(bearer(NGOC_HA, "REPORTER"), etag, content(90, 90, 100, 4)).statusCode(404);
        // A reporter of the province sees it but does not fill it in for the commune.
        given().header("Authorization", bearer(HA_NOI, "REPORTER")).when().get(REPORTS + "/" + reportId)
                .then().statusCode(200);
        save(bearer(HA_NOI, "REPORTER"), etag, content(90, 90, 100, 4)).statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        // Analysts read; approvers do not fill in.
        given().header("Authorization", bearer(HA_NOI, "ANALYST")).when().get(REPORTS + "/" + reportId)
                .then().statusCode(200);
        save(bearer(BA_DINH, "REPORT_APPROVER"), etag, content(90, 90, 100, 4)).statusCode(403);

        etag = save(REPORTER, etag, content(90, 90, 100, 4)).statusCode(200).extract().header("ETag");
        etag = submit(REPORTER, etag, null).statusCode(200).extract().header("ETag");

        // The commune's own approver is the level below the recipient (Hà Nội): not allowed to decide.
        decide(bearer(BA_DINH, "REPORT_APPROVER"), etag, true, null).statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        decide(bearer(HO_CHI_MINH, "REPORT_APPROVER"), etag, true, null).statusCode(404);
        decide(REPORTER, etag, true, null).statusCode(403);
        get(REPORTER).body("status", equalTo("SUBMITTED"));
        decide(bearer("VN", "REPORT_APPROVER"), etag, true, null).statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void updatesNeedTheCurrentETagAndSubmissionsCanBeRetriedWithTheSameKey() {
        String etag = get(REPORTER).extract().header("ETag");
        given().header("Authorization", REPORTER).contentType("application/json").body(content(90, 90, 100, 4))
                .when().put(REPORTS + "/" + reportId)
                .then().statusCode(428);
        etag = save(REPORTER, etag, content(90, 90, 100, 4)).statusCode(200).extract().header("ETag");
        save(REPORTER, "\"0\"", content(90, 90, 100, 5)).statusCode(412).header("ETag", equalTo(etag));

        String key = UUID.randomUUID().toString();
        String submitted = submit(REPORTER, etag, key).statusCode(200).extract().header("ETag");
        submit(REPORTER, etag, key).statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body("status", equalTo("SUBMITTED"));
        get(REPORTER).header("ETag", equalTo(submitted));
    }

    @Test
    void reportsAreListedByUnitPeriodAndStatusWithinTheCallersUnit() {
        given().header("Authorization", bearer(BA_DINH, "REPORTER")).queryParam("status", "EXPECTED")
                .when().get(REPORTS)
                .then().statusCode(200)
                .body("items.reportingUnit", hasItems(BA_DINH))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("EXPECTED")));
        given().header("Authorization", bearer(BA_DINH, "REPORTER")).queryParam("unit", HA_NOI)
                .when().get(REPORTS)
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearer(HA_NOI, "ANALYST")).queryParam("status", "LOST")
                .queryParam("period", "2026Q5").header("Accept-Language", "en")
                .when().get(REPORTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "period"));
        given().header("Authorization", bearer(HA_NOI, "CASE_WORKER")).when().get(REPORTS)
                .then().statusCode(403);
    }

    ValidatableResponse get(String token) {
        return given().header("Authorization", token).when().get(REPORTS + "/" + reportId).then();
    }

    ValidatableResponse save(String token, String etag, Object body) {
        return given().header("Authorization", token).header("If-Match", etag).contentType("application/json")
                .body(body).when().put(REPORTS + "/" + reportId).then();
    }

    ValidatableResponse submit(String token, String etag, String key) {
        var request = given().header("Authorization", token).header("If-Match", etag);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(REPORTS + "/" + reportId + "/submission").then();
    }

    ValidatableResponse decide(String token, String etag, boolean accept, String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("accept", accept);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().header("Authorization", token).header("If-Match", etag).contentType("application/json")
                .body(body).when().post(REPORTS + "/" + reportId + "/decision").then();
    }

    Map<String, Object> content(double share, int numerator, int denominator, int count) {
        return Map.of(
                "progress", List.of(
                        Map.of("assignmentId", task.toString(), "status", "IN_PROGRESS", "narrative",
                                "Đã tổ chức 3 lớp tập huấn kỹ năng sống cho 120 học sinh"),
                        Map.of("assignmentId", otherTask.toString(), "status", "NOT_STARTED")),
                "values", List.of(
                        Map.of("indicatorCode", SHARE, "value", share, "numerator", numerator, "denominator",
                                denominator),
                        Map.of("indicatorCode", COUNT, "value", count)));
    }

    /** Saves progress on {@code task} in the report {@code id} of {@code unit} and submits it, as its reporter. */
    static void fillAndSubmit(String id, String unit, UUID task) {
        String token = bearer(unit, "REPORTER");
        String etag = given().header("Authorization", token).when().get(REPORTS + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        etag = given().header("Authorization", token).header("If-Match", etag).contentType("application/json")
                .body(Map.of("progress", task == null
                        ? List.of()
                        : List.of(Map.of("assignmentId", task.toString(), "status", "DONE"))))
                .when().put(REPORTS + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", token).header("If-Match", etag)
                .when().post(REPORTS + "/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }
}
