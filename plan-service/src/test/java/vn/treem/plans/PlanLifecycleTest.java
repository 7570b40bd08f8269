package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.plans.PlanRequests.BA_DINH;
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
import io.restassured.response.Response;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** Plans as living data: drafts, issue, immutability, amendments and their differences, cascade, closure. */
@QuarkusTest
class PlanLifecycleTest {

    static final String PLANNER = bearerFor("planner-ha-noi", HA_NOI, "PLANNER");
    static final String OTHER_PROVINCE_PLANNER = bearerFor("planner-79", "79", "PLANNER");
    static final String REPORTER = bearerFor("reporter-ha-noi", HA_NOI, "REPORTER");
    static final String COMMUNE_PLANNER = bearerFor("planner-ba-dinh", BA_DINH, "PLANNER");

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Test
    void aDraftIsEditedThenIssuedWithItsScheduleAndFromThenOnIsImmutable() {
        Response draft = create(draft(50));
        String id = draft.path("id");
        assertThat(draft.<String>path("status")).isEqualTo("DRAFT");
        assertThat(draft.<String>path("content.assignments[0].id")).isNotNull();

        Map<String, Object> edited = draft(55);
        given().header("Authorization", PLANNER).header("If-Match", draft.header("ETag"))
                .contentType(ContentType.JSON).body(edited).when().put("/api/v1/plans/" + id)
                .then().statusCode(200).body("content.objectives[0].indicators[0].targets[0].value", equalTo(55));
        Response issued = given().header("Authorization", PLANNER).header("If-Match", etag(id))
                .contentType(ContentType.JSON).body(Map.of("number", PlanRequests.uniqueNumber(), "issueDate",
                        LocalDate.now().toString()))
                .when().post("/api/v1/plans/" + id + "/issue");
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.<String>path("status")).isEqualTo("ISSUED");

        given().header("Authorization", PLANNER).header("If-Match", issued.header("ETag"))
                .contentType(ContentType.JSON).body(edited).when().put("/api/v1/plans/" + id)
                .then().statusCode(409).contentType("application/problem+json");

        List<CloudEvent> events = TestEvents.await(topic, e -> id.equals(e.getSubject()), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        var data = CloudEventCodec.data(events.get(0));
        assertThat(data.path("targets").get(0).path("year").asInt()).isEqualTo(2025);
        assertThat(data.path("targets").get(0).path("comparator").asText()).isEqualTo("AT_LEAST");
        assertThat(data.path("targets").get(0).path("value").decimalValue()).isEqualByComparingTo("55");
        assertThat(data.path("assignments").get(0).path("role").asText()).isEqualTo("LEAD");
        assertThat(data.path("reportingSchedule").get(0).path("period").asText()).isEqualTo("SEMI_ANNUAL");
        assertThat(data.path("reportingSchedule").get(0).path("dueDates").get(1).asText()).isEqualTo("11-10");
    }

    @Test
    void anAmendmentIsTheNextVersionAndItsDifferencesAreListed() {
        String first = issue(draft(50));
        String leadId = given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + first)
                .then().extract().path("content.assignments[0].id");
        Map<String, Object> amended = draft(60);
        amended.put("issueDate", LocalDate.now().toString());

        Response second = given().header("Authorization", PLANNER).header("If-Match", etag(first))
                .contentType(ContentType.JSON).body(amended).when().post("/api/v1/plans/" + first + "/amendments");

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.<Integer>path("versionNumber")).isEqualTo(2);
        assertThat(second.<String>path("supersedesId")).isEqualTo(first);
        assertThat(second.<String>path("content.assignments[0].id")).isEqualTo(leadId);
        given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + first)
                .then().body("status", equalTo("SUPERSEDED"));
        Response changes = given().header("Authorization", PLANNER)
                .when().get("/api/v1/plans/" + second.path("id") + "/changes");
        assertThat(changes.statusCode()).isEqualTo(200);
        String target = "find { it.path == '/content/objectives/0/indicators/0/targets/0/value' }";
        assertThat(changes.<String>path(target + ".kind")).isEqualTo("CHANGED");
        assertThat(changes.<Number>path(target + ".before").doubleValue()).isEqualTo(50.0);
        assertThat(changes.<Number>path(target + ".after").doubleValue()).isEqualTo(60.0);
        given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + first + "/versions")
                .then().body("versionNumber", org.hamcrest.Matchers.contains(1, 2));
        List<CloudEvent> amendedEvents = TestEvents.await(topic, e -> second.path("id").equals(e.getSubject())
                && e.getType().equals("vn.treem.plan.plan.amended.v1"), 1, Duration.ofSeconds(20));
        assertThat(amendedEvents).hasSize(1);
    }

    @Test
    void aDraftIsSeenOnlyByThePlannersOfItsUnit() {
        String id = create(draft(50)).path("id");

        given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + id).then().statusCode(200);
        given().header("Authorization", REPORTER).when().get("/api/v1/plans/" + id).then().statusCode(404);
        given().header("Authorization", OTHER_PROVINCE_PLANNER).when().get("/api/v1/plans/" + id)
                .then().statusCode(404);
    }

    @Test
    void aLowerUnitDerivesItsPlanAndTheParentSeesWhichUnitsHaveOne() {
        String parent = issue(draft(50));

        Response derived = given().header("Authorization", COMMUNE_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", BA_DINH)).when().post("/api/v1/plans/" + parent + "/derive");

        assertThat(derived.statusCode()).isEqualTo(201);
        assertThat(derived.<String>path("status")).isEqualTo("DRAFT");
        assertThat(derived.<String>path("parentPlanId")).isEqualTo(parent);
        assertThat(derived.<String>path("content.legalBases[0].linkedPlanId")).isEqualTo(parent);
        assertThat(derived.<Integer>path("content.objectives[0].indicators[0].targets[0].value")).isEqualTo(50);
        assertThat(derived.<List<?>>path("content.assignments")).isNullOrEmpty();
        given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + parent + "/lower-units")
                .then().statusCode(200)
                .body("find { it.unitCode == '" + BA_DINH + "' }.state", equalTo("DRAFT"))
                .body("find { it.unitCode == '00008' }.state", equalTo("NONE"));
        given().header("Authorization", COMMUNE_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", "25747")).when().post("/api/v1/plans/" + parent + "/derive")
                .then().statusCode(400).body("errors[0].code", equalTo("NOT_A_LOWER_UNIT"));
    }

    @Test
    void anIssuedPlanIsClosedOnceAndAStaleEtagIsRefused() {
        String id = issue(draft(50));
        String seen = etag(id);

        given().header("Authorization", PLANNER).header("If-Match", "\"999\"").when()
                .post("/api/v1/plans/" + id + "/close").then().statusCode(412);
        given().header("Authorization", PLANNER).header("If-Match", seen).when()
                .post("/api/v1/plans/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        given().header("Authorization", PLANNER).header("If-Match", etag(id)).when()
                .post("/api/v1/plans/" + id + "/close").then().statusCode(409).body("allowed", hasItem("ISSUED"));
        given().header("Authorization", REPORTER).header("If-Match", etag(id)).when()
                .post("/api/v1/plans/" + id + "/close").then().statusCode(403);
    }

    @Test
    void aLegalBasisNamingAPlanOfTheSystemIsLinkedToIt() {
        String number = PlanRequests.uniqueNumber();
        Map<String, Object> higher = draft(50);
        higher.put("number", number);
        higher.put("status", "ISSUED");
        String higherId = create(higher).path("id");
        Map<String, Object> lower = draft(50);
        lower.put("content", Map.of("legalBases", List.of(Map.of("documentType", "Kế hoạch", "number", number,
                "date", higher.get("issueDate"), "issuer", "UBND thành phố Hà Nội"))));

        Response created = create(lower);

        assertThat(created.<String>path("content.legalBases[0].linkedPlanId")).isEqualTo(higherId);
    }

    @Test
    void agenciesAreADirectoryPerUnitWhereRenamedAgenciesPointToTheirSuccessor() {
        String suffix = String.valueOf(System.nanoTime());
        String old = given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", HA_NOI, "name", "Sở Lao động - Thương binh và Xã hội " + suffix, "kind",
                        "DEPARTMENT"))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        String successor = given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", HA_NOI, "name", "Sở Y tế " + suffix, "kind", "DEPARTMENT", "activeFrom",
                        "2025-03-01", "replaces", old))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");

        given().header("Authorization", REPORTER).queryParam("unit", HA_NOI).when().get("/api/v1/agencies")
                .then().statusCode(200).body("id", hasItem(successor))
                .body("id", org.hamcrest.Matchers.not(hasItem(old)));
        given().header("Authorization", REPORTER).queryParam("unit", HA_NOI).queryParam("includeFormer", true)
                .when().get("/api/v1/agencies").then()
                .body("find { it.id == '" + old + "' }.replacedBy", equalTo(successor))
                .body("find { it.id == '" + old + "' }.activeTo", equalTo("2025-02-28"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", HA_NOI, "name", "sở y tế " + suffix, "kind", "DEPARTMENT"))
                .when().post("/api/v1/agencies").then().statusCode(409);
        given().header("Authorization", OTHER_PROVINCE_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", HA_NOI, "name", "Công an " + suffix, "kind", "POLICE"))
                .when().post("/api/v1/agencies").then().statusCode(403);
    }

    @Test
    void anIndicatorIsLinkedToACatalogIndicatorOfAnyLengthTheCatalogAllows() {
        // catalog codes have up to 60 characters: CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE has 45
        Map<String, Object> body = draft(50);
        linkFirstIndicator(body, "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE");
        Response created = create(body);
        assertThat(created.<String>path("content.objectives[0].indicators[0].catalogIndicator"))
                .isEqualTo("CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE");

        Map<String, Object> tooLong = draft(50);
        linkFirstIndicator(tooLong, "A".repeat(61));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(tooLong)
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("content.objectives[0].indicators[0].catalogIndicator"));
    }

    @SuppressWarnings("unchecked")
    private static void linkFirstIndicator(Map<String, Object> body, String catalogIndicator) {
        var content = (Map<String, Object>) body.get("content");
        var objective = (Map<String, Object>) ((List<Object>) content.get("objectives")).get(0);
        var indicator = (Map<String, Object>) ((List<Object>) objective.get("indicators")).get(0);
        indicator.put("catalogIndicator", catalogIndicator);
    }

    private static Map<String, Object> draft(int target2025) {
        Map<String, Object> body = PlanRequests.plan(null, HA_NOI, LocalDate.now().toString(), 2025, 2030);
        body.put("status", "DRAFT");
        body.put("type", "IMPLEMENTATION");
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("code", "1");
        indicator.put("text", "Tỷ lệ xã, phường phù hợp với trẻ em");
        indicator.put("unit", "PERCENT");
        indicator.put("direction", "INCREASE");
        indicator.put("targets", List.of(Map.of("year", 2025, "comparator", "AT_LEAST", "value", target2025),
                Map.of("year", 2030, "comparator", "AT_LEAST", "value", 71.4)));
        Map<String, Object> content = new HashMap<>();
        content.put("issuingAgency", "Ủy ban nhân dân thành phố Hà Nội");
        content.put("objectives", List.of(Map.of("code", "2.1", "kind", "SPECIFIC", "text", "Đến năm 2025",
                "indicators", List.of(indicator))));
        content.put("tasks", List.of(Map.of("code", "III.1", "title", "Truyền thông", "themes",
                List.of("COMMUNICATION"))));
        content.put("assignments", List.of(
                Map.of("taskCode", "III.1", "agencyName", "Sở Y tế", "role", "LEAD"),
                Map.of("taskCode", "III.1", "agencyName", "Sở Giáo dục và Đào tạo", "role", "SUPPORT")));
        content.put("budgetSources", List.of(Map.of("kind", "LOCAL", "description", "Ngân sách thành phố")));
        content.put("reporting", List.of(Map.of("reporter", "Các sở, ngành; UBND các xã, phường", "recipient",
                "Sở Y tế", "period", "SEMI_ANNUAL", "dueDates", List.of("05-10", "11-10"))));
        body.put("content", content);
        return body;
    }

    private static Response create(Map<String, Object> body) {
        Response response = given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response;
    }

    private static String issue(Map<String, Object> draft) {
        String id = create(draft).path("id");
        given().header("Authorization", PLANNER).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("number", PlanRequests.uniqueNumber())).when().post("/api/v1/plans/" + id + "/issue")
                .then().statusCode(200);
        return id;
    }

    private static String etag(String id) {
        return given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + id).then().statusCode(200)
                .extract().header("ETag");
    }
}
