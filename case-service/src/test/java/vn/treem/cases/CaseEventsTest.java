package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.cases.CaseFixtures.assessment;
import static vn.treem.cases.CaseFixtures.decidePlan;
import static vn.treem.cases.CaseFixtures.draftPlan;
import static vn.treem.cases.CaseFixtures.initialAssessment;
import static vn.treem.cases.CaseFixtures.review;
import static vn.treem.cases.CaseFixtures.transition;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/** Events read back from the real Kafka topic after a whole case: what statistics need, and no personal data. */
@QuarkusTest
class CaseEventsTest {

    static final String WORKER = bearerFor("events-worker", BA_DINH, "CASE_WORKER");
    static final String APPROVER = bearerFor("events-approver", BA_DINH, "CASE_APPROVER");

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Test
    void theEventsOfAWholeCaseCarryCodesAndTimesButNoPersonalData() {
        String name = "Phàn Thị Sử " + UUID.randomUUID();
        String idNumber = "001316" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String phone = "0977" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String situation = "Hàng xóm nghe tiếng khóc " + UUID.randomUUID();
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, name);
        IntakeRequests.child(body).put("personalIdNumber", idNumber);
        IntakeRequests.child(body).put("caregivers", List.of(Map.of("fullName", "Phàn Văn Lở", "relationship",
                "FATHER", "phone", phone, "guardian", true, "livesWithChild", true)));
        IntakeRequests.child(body).put("groups", List.of(Map.of("code", "G09")));
        body.put("situation", situation);
        body.put("place", "Thôn Nậm Sài, nhà riêng");
        body.put("informant", Map.of("fullName", "Lý Thị Mẩy", "phone", phone));
        body.put("informantConsent", true);
        var receipt = given().header("Authorization", WORKER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract();
        String caseId = receipt.path("caseId");
        String childId = receipt.path("childId");

        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        decidePlan(APPROVER, caseId, draftPlan(WORKER, caseId), true).statusCode(200);
        transition(WORKER, caseId, Map.of("to", "IN_INTERVENTION")).statusCode(200);
        given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "PSYCHOLOGICAL_SUPPORT", "provider", "Trung tâm CTXH", "deliveredOn",
                        LocalDate.now().toString(), "outcome", "Trẻ đã bớt sợ " + name))
                .when().post("/api/v1/cases/" + caseId + "/services").then().statusCode(201);
        Map<String, Object> referral = new HashMap<>(Map.of("targetType", "POLICE", "targetName", "Công an phường",
                "reason", "Điều tra hành vi của " + name, "legalBasis", "LEGAL_DUTY"));
        given().header("Authorization", APPROVER).contentType(ContentType.JSON).body(referral)
                .when().post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201);
        given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("text", "Ghi chú về " + name + " " + phone))
                .when().post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        transition(WORKER, caseId, review("CLOSE")).statusCode(200);
        transition(APPROVER, caseId, Map.of("to", "CLOSED", "reason", "An toàn")).statusCode(200);

        // opened, 7 status changes, service, referral, closed; and the child's registration.
        List<CloudEvent> events = TestEvents.await(topic,
                e -> caseId.equals(e.getSubject()) || childId.equals(e.getSubject()), 12, Duration.ofSeconds(30));

        Set<String> types = events.stream().map(CloudEvent::getType).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("vn.treem.case.child.registered.v1",
                "vn.treem.case.case.opened.v1", "vn.treem.case.case.status-changed.v1",
                "vn.treem.case.case.service-delivered.v1", "vn.treem.case.case.referral-made.v1",
                "vn.treem.case.case.closed.v1");
        assertThat(events).hasSize(12);
        for (CloudEvent event : events) {
            String serialized = CloudEventCodec.serializeToString(event);
            assertThat(serialized).as(event.getType())
                    .doesNotContain(name).doesNotContain("Phàn").doesNotContain(idNumber).doesNotContain(phone)
                    .doesNotContain(situation).doesNotContain("Nậm Sài").doesNotContain("Lý Thị Mẩy")
                    .doesNotContain("2016-05-01").doesNotContain("Biên bản").doesNotContain("Trung tâm CTXH")
                    .doesNotContain("Công an phường").doesNotContain("bớt sợ");
        }
        var closed = events.stream().filter(e -> e.getType().endsWith("case.closed.v1")).findFirst().orElseThrow();
        var data = CloudEventCodec.data(closed);
        assertThat(data.path("communeCode").asText()).isEqualTo(BA_DINH);
        assertThat(data.path("servicesDelivered").asInt()).isEqualTo(1);
        assertThat(data.path("referralsMade").asInt()).isEqualTo(1);
        assertThat(data.path("childAgeBand").asText()).isEqualTo("AGE_6_10");
        var registered = events.stream().filter(e -> e.getType().endsWith("child.registered.v1")).findFirst()
                .orElseThrow();
        assertThat(CloudEventCodec.data(registered).path("groups").get(0).path("code").asText()).isEqualTo("G09");
    }
}
