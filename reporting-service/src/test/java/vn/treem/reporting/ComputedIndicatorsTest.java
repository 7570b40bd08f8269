package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.Reporting.HA_NOI;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.treem.platform.testing.TestEvents;

/**
 * The computed indicators of the catalog, from case events as case-service publishes them: abuse, intervention and its
 * timeliness, children in special circumstances, missed deadlines — with breakdowns, and unmoved by duplicates. Each
 * test uses a commune of its own, so that the figures are exact.
 */
@QuarkusTest
class ComputedIndicatorsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @Test
    void abusedChildrenAndTheShareGivenInterventionAndInTimeAreCounted() {
        String commune = "00103"; // Phường Tây Hồ
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        publish(CaseEvents.opened(first, commune, "2026-03-02T08:00:00+07:00", List.of("VIOLENCE"), "FEMALE",
                UUID.randomUUID()));
        publish(CaseEvents.opened(second, commune, "2026-03-05T08:00:00+07:00", List.of("SEXUAL_ABUSE", "NEGLECT"),
                "MALE",
                UUID.randomUUID()));
        publish(CaseEvents.opened(third, commune, "2026-03-06T08:00:00+07:00", List.of("DROWNING"), "MALE",
                UUID.randomUUID()));
        publish(CaseEvents.statusChanged(first, commune, "INITIAL_ASSESSMENT", "2026-03-02T15:00:00+07:00", true));
        publish(CaseEvents.statusChanged(first, commune, "IN_INTERVENTION", "2026-03-12T09:00:00+07:00", null));
        publish(CaseEvents.statusChanged(second, commune, "INITIAL_ASSESSMENT", "2026-03-06T09:00:00+07:00", false));
        publish(CaseEvents.serviceDelivered(second, commune, "2026-03-07"));

        awaitValue("ABUSED_CHILDREN_WITH_INTERVENTION", commune, "2026Q1", "2");
        assertThat(value("ABUSED_CHILDREN", commune, "2026-03")).isEqualTo("2");
        assertThat(value("INTAKES_RECEIVED", commune, "2026-03")).isEqualTo("3");
        Response share = get("ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE", commune, "2026", null);
        assertThat(share.<Number>path("value").doubleValue()).isEqualTo(50.0);
        assertThat(share.<Integer>path("numerator")).isEqualTo(1);
        assertThat(share.<Integer>path("denominator")).isEqualTo(2);
        Response byForm = get("ABUSED_CHILDREN", commune, "2026", "FORM_OF_ABUSE");
        assertThat(byForm.<List<String>>path("breakdown.key")).containsExactly("NEGLECT", "SEXUAL_ABUSE", "VIOLENCE");
        assertThat(byForm.<Number>path("value").intValue()).isEqualTo(2);
        Response bySex = get("ABUSED_CHILDREN_INTERVENTION_SHARE", commune, "2026", "SEX");
        assertThat(bySex.<Number>path("breakdown.find { it.key == 'FEMALE' }.value").doubleValue()).isEqualTo(100.0);
    }

    @Test
    void childrenInSpecialCircumstancesCountOnTheLastDayOfThePeriodByGroup() {
        String commune = "00118"; // Phường Bồ Đề
        UUID child = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        publish(CaseEvents.child(child, commune, "2026-01-10T08:00:00+07:00",
                List.of(Map.of("code", "G04"), Map.of("code", "G13", "since", "2026-05-01"))));
        publish(CaseEvents.child(another, commune, "2026-01-11T08:00:00+07:00",
                List.of(Map.of("code", "G01", "until", "2026-02-15"))));
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.opened(caseId, commune, "2026-02-01T08:00:00+07:00", List.of("SPECIAL_CIRCUMSTANCES"),
                "FEMALE",
                child));
        publish(CaseEvents.serviceDelivered(caseId, commune, "2026-02-03"));

        awaitValue("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED", commune, "2026Q1", "1");
        assertThat(value("CHILDREN_SPECIAL_CIRCUMSTANCES", commune, "2026-01")).isEqualTo("2");
        assertThat(value("CHILDREN_SPECIAL_CIRCUMSTANCES", commune, "2026-03")).isEqualTo("1");
        Response byGroup = get("CHILDREN_SPECIAL_CIRCUMSTANCES", commune, "2026H1", "GROUP");
        assertThat(byGroup.<List<String>>path("breakdown.key")).containsExactly("G04", "G13");
        // January: both children in a group, neither assisted yet; February: one left the group, the other assisted.
        Response january = get("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE", commune, "2026-01", null);
        assertThat(january.<Number>path("value").doubleValue()).isEqualTo(0.0);
        assertThat(january.<Integer>path("denominator")).isEqualTo(2);
        Response february = get("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE", commune, "2026-02", null);
        assertThat(february.<Number>path("value").doubleValue()).isEqualTo(100.0);
    }

    @Test
    void missedDeadlinesCountOncePerCaseEvenWhenDeliveredTwice() {
        String commune = "00127"; // Phường Việt Hưng
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.opened(caseId, commune, "2026-04-01T08:00:00+07:00", List.of("NEGLECT"), "MALE",
                UUID.randomUUID()));
        CloudEvent missed = CaseEvents.deadlineMissed(caseId, commune, "INITIAL_ASSESSMENT",
                "2026-04-01T20:00:00+07:00");
        publish(missed);
        publish(missed);
        publish(CaseEvents.deadlineMissed(caseId, commune, "SUPPORT_PLAN", "2026-04-09T23:59:59+07:00"));

        awaitValue("CASES_WITH_MISSED_DEADLINE", commune, "2026-04", "1");
        Response byKind = get("CASES_WITH_MISSED_DEADLINE", commune, "2026", "DEADLINE_KIND");
        assertThat(byKind.<List<String>>path("breakdown.key")).containsExactly("INITIAL_ASSESSMENT", "SUPPORT_PLAN");
        assertThat(value("CASES_WITH_MISSED_DEADLINE", HA_NOI, "2026-04")).isNotEqualTo("0");
    }

    @Test
    void rebuildingFromTheStartOfTheTopicsGivesTheSameNumbers() {
        String commune = "00136"; // Phường Phúc Lợi
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.opened(caseId, commune, "2026-07-01T08:00:00+07:00", List.of("EXPLOITATION"), "MALE",
                UUID.randomUUID()));
        publish(CaseEvents.serviceDelivered(caseId, commune, "2026-07-02"));
        awaitValue("ABUSED_CHILDREN_WITH_INTERVENTION", commune, "2026-07", "1");
        List<String> codes = List.of("INTAKES_RECEIVED", "ABUSED_CHILDREN", "ABUSED_CHILDREN_WITH_INTERVENTION",
                "ABUSED_CHILDREN_INTERVENTION_SHARE", "ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE",
                "CHILDREN_SPECIAL_CIRCUMSTANCES", "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED",
                "CASES_WITH_MISSED_DEADLINE",
                "PLANS_ISSUED");
        Map<String, Object> before = new LinkedHashMap<>();
        for (String code : codes) {
            for (String unit : List.of("VN", HA_NOI, commune)) {
                before.put(code + "@" + unit, get(code, unit, "2026", null).path("value"));
            }
        }

        Response rebuilt = given().header("Authorization", bearer("VN", "ADMIN")).when()
                .post("/api/v1/projections/rebuild");

        assertThat(rebuilt.statusCode()).as(rebuilt.asString()).isEqualTo(200);
        assertThat(rebuilt.<Integer>path("eventsApplied")).isGreaterThanOrEqualTo(2);
        Map<String, Object> after = new LinkedHashMap<>();
        for (String code : codes) {
            for (String unit : List.of("VN", HA_NOI, commune)) {
                after.put(code + "@" + unit, get(code, unit, "2026", null).path("value"));
            }
        }
        assertThat(after).isEqualTo(before);
        given().header("Authorization", bearer("VN", "ANALYST")).when().post("/api/v1/projections/rebuild")
                .then().statusCode(403);
    }

    @Test
    void aDimensionTheIndicatorDoesNotHaveIsRefusedAndAReportedIndicatorNobodyReportedHasNoValue() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", "ABUSED_CHILDREN")
                .queryParam("unit", HA_NOI).queryParam("period", "2026").queryParam("by", "CHANNEL")
                .when().get("/api/v1/indicator-values")
                .then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", "CHILD_POPULATION")
                .queryParam("unit", HA_NOI).queryParam("period", "2040")
                .when().get("/api/v1/indicator-values")
                .then().statusCode(200).body("value", org.hamcrest.Matchers.nullValue())
                .body("flags", org.hamcrest.Matchers.hasItem("NOT_REPORTED"));
    }

    @Test
    void anAdministratorAddsAReportedIndicatorToTheCatalogOnce() {
        String code = "CHILDREN_DROWNED_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> body = Map.of("code", code, "nameVi", "Số trẻ em bị tử vong do đuối nước", "nameEn",
                "Children who drowned", "unit", "count", "numerator", "children who drowned", "periodTypes",
                List.of("YEAR", "HALF_YEAR"), "leadAgency", "Sở Y tế");

        given().header("Authorization", bearer("VN", "ADMIN")).contentType("application/json").body(body)
                .when().post("/api/v1/indicators").then().statusCode(201).body("source", equalTo("REPORTED"));
        given().header("Authorization", bearer("VN", "ADMIN")).contentType("application/json").body(body)
                .when().post("/api/v1/indicators").then().statusCode(409);
        given().header("Authorization", bearer("VN", "ANALYST")).contentType("application/json").body(body)
                .when().post("/api/v1/indicators").then().statusCode(403);
        given().header("Authorization", bearer("VN", "ADMIN")).contentType("application/json")
                .body(Map.of("code", "ABUSED_CHILDREN", "nameVi", "x", "nameEn", "x", "unit", "count", "numerator", "x",
                        "periodTypes", List.of("YEAR")))
                .when().post("/api/v1/indicators").then().statusCode(409);
        given().header("Authorization", bearer("VN", "ANALYST")).when().get("/api/v1/indicators")
                .then().statusCode(200).body("items.find { it.code == '" + code + "' }.nameEn",
                        equalTo("Children who drowned"));
    }

    @Test
    void theCatalogDefinesEveryIndicatorWithItsFormulaAndDimensions() {
        given().header("Authorization", bearer("VN", "ANALYST")).when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.find { it.code == 'ABUSED_CHILDREN_INTERVENTION_SHARE' }.formula.factor", equalTo(100))
                .body("items.find { it.code == 'ABUSED_CHILDREN_INTERVENTION_SHARE' }.unit", equalTo("percent"))
                .body("items.find { it.code == 'ONLINE_SAFETY_SKILLS_SHARE' }.circularCode", equalTo("0605"))
                .body("items.find { it.code == 'ONLINE_SAFETY_SKILLS_SHARE' }.source", equalTo("REPORTED"))
                .body("items.find { it.code == 'ABUSED_CHILDREN' }.nameVi", equalTo("Số trẻ em bị xâm hại"));
    }

    private void publish(CloudEvent event) {
        TestEvents.publish(caseTopic, event);
    }

    private static Response get(String indicator, String unit, String period, String by) {
        var request = given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", indicator)
                .queryParam("unit", unit).queryParam("period", period);
        if (by != null) {
            request.queryParam("by", by);
        }
        Response response = request.when().get("/api/v1/indicator-values");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    private static String value(String indicator, String unit, String period) {
        Object value = get(indicator, unit, period, null).path("value");
        return value == null ? null : String.valueOf(((Number) value).longValue());
    }

    private static void awaitValue(String indicator, String unit, String period, String expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> expected.equals(value(indicator, unit, period)));
    }
}
