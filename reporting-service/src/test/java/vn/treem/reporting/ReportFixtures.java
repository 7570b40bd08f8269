package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import vn.treem.platform.events.CloudEventCodec;

/** Plan events with a reporting regime, as plan-service publishes them, and the report API's answers, for tests. */
final class ReportFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String REPORTS = "/api/v1/reports";
    static final String COMPLETENESS = "/api/v1/report-schedules/completeness";

    private ReportFixtures() {
    }

    /** A plan as plan-service describes it in its events: one version of a series. */
    static final class Plan {

        final UUID seriesId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        int version = 1;
        UUID supersedes;
        UUID parentPlanId;
        final String issuingUnit;
        final String level;
        final int fromYear;
        final int toYear;
        final List<Map<String, Object>> assignments = new ArrayList<>();
        final List<Map<String, Object>> targets = new ArrayList<>();
        final List<Map<String, Object>> schedule = new ArrayList<>();

        Plan(String issuingUnit, String level, int fromYear, int toYear) {
            this.issuingUnit = issuingUnit;
            this.level = level;
            this.fromYear = fromYear;
            this.toYear = toYear;
        }

        /** Adds an assignment; returns its id. */
        UUID assign(String taskCode, String agency) {
            UUID id = UUID.randomUUID();
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("assignmentId", id.toString());
            a.put("taskCode", taskCode);
            a.put("agencyName", agency);
            a.put("role", "LEAD");
            a.put("deadline", null);
            assignments.add(a);
            return id;
        }

        Plan target(String indicatorCode, String unit) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("indicatorCode", indicatorCode);
            t.put("catalogIndicator", null);
            t.put("unit", unit);
            t.put("direction", "INCREASE");
            t.put("year", fromYear);
            t.put("comparator", "AT_LEAST");
            t.put("value", 90);
            targets.add(t);
            return this;
        }

        /** Adds a yearly target of indicator {@code code}, measured by {@code catalog} (or null), with a baseline. */
        Plan target(String code, String catalog, String unit, int year, String comparator, double value,
                Double baselineValue, Integer baselineYear) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("indicatorCode", code);
            t.put("catalogIndicator", catalog);
            t.put("unit", unit);
            t.put("direction", "INCREASE");
            t.put("year", year);
            t.put("comparator", comparator);
            t.put("value", value);
            t.put("upperValue", null);
            t.put("baselineValue", baselineValue);
            t.put("baselineYear", baselineYear);
            targets.add(t);
            return this;
        }

        /** Adds an assignment with a deadline; returns its id. */
        UUID assign(String taskCode, String agency, String deadline) {
            UUID id = assign(taskCode, agency);
            assignments.get(assignments.size() - 1).put("deadline", deadline);
            return id;
        }

        /** vn.treem.plan.assignment.status-changed.v1 of an assignment of this version. */
        CloudEvent assignmentStatus(UUID assignment, String to, String at) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("planId", planId.toString());
            data.put("seriesId", seriesId.toString());
            data.put("assignmentId", assignment.toString());
            data.put("issuingUnitCode", issuingUnit);
            data.put("agencyName", "Sở Y tế");
            data.put("role", "LEAD");
            data.put("fromStatus", "NOT_STARTED");
            data.put("toStatus", to);
            data.put("at", at);
            return CloudEventCodec.create("/plan-service", "vn.treem.plan.assignment.status-changed.v1",
                    planId.toString(), OffsetDateTime.parse(at), data);
        }

        /** vn.treem.plan.indicator-actual.reported.v1 for this plan's unit. */
        CloudEvent actualReported(String code, int year, double value, String at) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("planId", planId.toString());
            data.put("seriesId", seriesId.toString());
            data.put("issuingUnitCode", issuingUnit);
            data.put("indicatorCode", code);
            data.put("year", year);
            data.put("value", value);
            data.put("reportedAt", at);
            return CloudEventCodec.create("/plan-service", "vn.treem.plan.indicator-actual.reported.v1",
                    planId.toString(), OffsetDateTime.parse(at), data);
        }

        Plan reporting(String reporter, String period, String... dueDates) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("reporter", reporter);
            rule.put("recipient", "UBND " + issuingUnit);
            rule.put("period", period);
            rule.put("dueDates", List.of(dueDates));
            schedule.clear();
            schedule.add(rule);
            return this;
        }

        /** vn.treem.plan.plan.issued.v1 of this version. */
        CloudEvent issued() {
            return event("vn.treem.plan.plan.issued.v1");
        }

        /** The next version, and its vn.treem.plan.plan.amended.v1. */
        CloudEvent amended() {
            supersedes = planId;
            planId = UUID.randomUUID();
            version++;
            return event("vn.treem.plan.plan.amended.v1");
        }

        CloudEvent closed(String closedAt) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("planId", planId.toString());
            data.put("seriesId", seriesId.toString());
            data.put("issuingUnitCode", issuingUnit);
            data.put("closedAt", closedAt);
            return CloudEventCodec.create("/plan-service", "vn.treem.plan.plan.closed.v1", planId.toString(),
                    OffsetDateTime.parse(closedAt), data);
        }

        private CloudEvent event(String type) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("planId", planId.toString());
            data.put("issuingUnitCode", issuingUnit);
            data.put("issuingUnitLevel", level);
            data.put("issueDate", fromYear + "-01-15");
            data.put("periodFromYear", fromYear);
            data.put("periodToYear", toYear);
            data.put("type", fromYear == toYear ? "ANNUAL" : "MULTI_YEAR");
            data.put("status", "ISSUED");
            data.put("seriesId", seriesId.toString());
            data.put("versionNumber", version);
            data.put("supersedesId", supersedes == null ? null : supersedes.toString());
            data.put("parentPlanId", parentPlanId == null ? null : parentPlanId.toString());
            data.put("targets", targets);
            data.put("assignments", assignments);
            data.put("reportingSchedule", schedule);
            return CloudEventCodec.create("/plan-service", type, planId.toString(),
                    OffsetDateTime.parse(fromYear + "-01-15T09:00:00+07:00"), data);
        }
    }

    /** Every report of the units within {@code unit} on periods within {@code period}, read by a national admin. */
    static List<Map<String, Object>> reports(String unit, String period, String status) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().header("Authorization", bearer("VN", "ADMIN")).queryParam("unit", unit)
                    .queryParam("period", period).queryParam("limit", 200);
            if (status != null) {
                request.queryParam("status", status);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(REPORTS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** Waits until the units within {@code unit} owe {@code count} live reports on periods within {@code period}. */
    static List<Map<String, Object>> awaitReports(String unit, String period, int count) {
        await().atMost(PATIENCE).until(() -> reports(unit, period, null).size() == count);
        return reports(unit, period, null);
    }

    /** The id of the single live report of {@code unit} on {@code period}, once it exists. */
    static String awaitReportId(String unit, String period) {
        await().atMost(PATIENCE).until(() -> reports(unit, period, null).stream()
                .anyMatch(r -> unit.equals(r.get("reportingUnit")) && period.equals(r.get("period"))));
        return reports(unit, period, null).stream()
                .filter(r -> unit.equals(r.get("reportingUnit")) && period.equals(r.get("period")))
                .map(r -> r.get("id").toString()).findFirst().orElseThrow();
    }

    /** {@code treem_events_consumed_total} of the reports consumer for {@code outcome}, 0 if never. */
    static double consumed(String outcome) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return vn.treem.platform.testing.TestMetrics.sum(metrics, "treem_events_consumed_total",
                "consumer=\"reporting.reports\"", "outcome=\"" + outcome + "\"");
    }
}
