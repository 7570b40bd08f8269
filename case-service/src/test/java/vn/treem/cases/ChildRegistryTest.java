package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** The child registry: full record, search-before-create, updates and the events they publish. */
@QuarkusTest
class ChildRegistryTest {

    static final String WORKER = bearerFor("registry-worker", BA_DINH, "CASE_WORKER");
    static final String NEIGHBOUR = bearerFor("registry-neighbour", NGOC_HA, "CASE_WORKER");

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Test
    void aChildIsRegisteredWithCaregiversGroupsAndEthnicity() {
        Map<String, Object> child = child("Sùng Thị Mỷ " + UUID.randomUUID(), null);
        child.put("ethnicity", "08");
        child.put("caregivers", List.of(Map.of("fullName", "Sùng A Páo", "relationship", "FATHER",
                "phone", "0987654321", "guardian", true, "livesWithChild", true)));
        child.put("groups", List.of(Map.of("code", "G04", "subGroup", "MOBILITY", "since", "2024-09-01")));

        Response created = register(WORKER, child, false);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/children/" + created.path("id"));
        given().header("Authorization", WORKER).when().get("/api/v1/children/" + created.path("id"))
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("ethnicity", equalTo("08"))
                .body("caregivers[0].relationship", equalTo("FATHER"))
                .body("caregivers[0].guardian", equalTo(true))
                .body("groups[0].code", equalTo("G04"))
                .body("groups[0].subGroup", equalTo("MOBILITY"));
    }

    @Test
    void theSamePersonalIdNumberIsAPossibleDuplicateThatNeedsConfirmation() {
        String id = "001216" + String.format("%06d", (int) (Math.random() * 1_000_000));
        register(WORKER, child("Lường Văn Minh", id), false).then().statusCode(201);

        register(WORKER, child("Lương Văn Minh", id), false).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/possible-duplicate"))
                .body("candidates[0].matchedOn", equalTo("PERSONAL_ID"))
                .body("candidates[0].visible", equalTo(true))
                .body("candidates[0].fullName", equalTo("Lường Văn Minh"));
        register(WORKER, child("Lương Văn Minh", id), true).then().statusCode(201);
    }

    @Test
    void theSameNameBirthDateAndCommuneIsAPossibleDuplicateWhateverTheAccents() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        register(WORKER, child("Nguyễn Văn An " + suffix, null), false).then().statusCode(201);

        register(WORKER, child("nguyen van an " + suffix, null), false).then().statusCode(409)
                .body("candidates[0].matchedOn", equalTo("NAME_BIRTH_DATE_COMMUNE"));
    }

    @Test
    void aCandidateOutsideTheCallersReachIsNamedByIdOnly() {
        String id = "001216" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Map<String, Object> there = child("Đinh Thị Hoa", id);
        there.put("residenceCommuneCode", NGOC_HA);
        register(NEIGHBOUR, there, false).then().statusCode(201);

        register(WORKER, child("Đinh Thị Hoa", id), false).then().statusCode(409)
                .body("candidates[0].visible", equalTo(false))
                .body("candidates[0].fullName", nullValue())
                .body("candidates[0].id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anIntakeAboutARegisteredChildWarnsAndCanLinkToThem() {
        String name = "Hoàng Văn Tài " + UUID.randomUUID().toString().substring(0, 8);
        String childId = register(WORKER, child(name, null), false).then().statusCode(201).extract().path("id");
        Map<String, Object> intake = IntakeRequests.valid(BA_DINH, name);
        intake.remove("confirmNewChild");
        IntakeRequests.child(intake).put("birthDate", "2016-05-01");

        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(intake)
                .when().post("/api/v1/intakes").then().statusCode(409)
                .body("candidates[0].id", equalTo(childId));

        intake.remove("child");
        intake.put("childId", childId);
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(intake)
                .when().post("/api/v1/intakes").then().statusCode(201).body("childId", equalTo(childId));
    }

    @Test
    void aChangeOfGroupsIsAnnouncedWithoutPersonalData() {
        String name = "Giàng Thị Dế " + UUID.randomUUID();
        Map<String, Object> child = child(name, null);
        child.put("groups", List.of(Map.of("code", "G04")));
        Response created = register(WORKER, child, false);
        String childId = created.path("id");

        child.put("groups", List.of(Map.of("code", "G04"), Map.of("code", "G13", "since", "2026-01-01")));
        given().header("Authorization", WORKER).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(child).when().put("/api/v1/children/" + childId)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("groups.code", contains("G04", "G13"));

        List<CloudEvent> changed = TestEvents.await(topic, e -> childId.equals(e.getSubject())
                && e.getType().equals("vn.treem.case.child.groups-changed.v1"), 1, Duration.ofSeconds(20));
        assertThat(changed).hasSize(1);
        var data = CloudEventCodec.data(changed.get(0));
        assertThat(data.path("added").get(0).asText()).isEqualTo("G13");
        assertThat(data.path("residenceCommuneCode").asText()).isEqualTo(BA_DINH);
        assertThat(CloudEventCodec.serializeToString(changed.get(0))).doesNotContain(name).doesNotContain("2016-05-01");
    }

    @Test
    void aChildMustLiveWithinTheWorkersUnit() {
        Map<String, Object> elsewhere = child("Trẻ " + UUID.randomUUID(), null);
        elsewhere.put("residenceCommuneCode", NGOC_HA);

        register(WORKER, elsewhere, false).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
    }

    private static Map<String, Object> child(String name, String personalId) {
        Map<String, Object> child = new HashMap<>();
        child.put("fullName", name);
        child.put("sex", "MALE");
        child.put("birthDate", "2016-05-01");
        child.put("residenceCommuneCode", BA_DINH);
        if (personalId != null) {
            child.put("personalIdNumber", personalId);
        }
        return child;
    }

    private static Response register(String auth, Map<String, Object> child, boolean confirmNew) {
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(child)
                .queryParam("confirmNew", confirmNew).when().post("/api/v1/children");
    }
}
