package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.HA_NOI;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.time.OffsetDateTime;
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
class IntakeResourceTest {

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Inject
    EntityManager em;

    @Test
    void anIntakeOpensACaseInStatusReceivedAndAnswersWithItsLocation() {
        String location = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Nguyễn Thị Hoa"))
                .when().post("/api/v1/intakes")
                .then().statusCode(201)
                .body("caseId", notNullValue()).body("intakeId", notNullValue()).body("status", equalTo("RECEIVED"))
                .extract().header("Location");

        assertThat(location).contains("/api/v1/cases/");
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get(location)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("communeCode", equalTo(BA_DINH))
                .body("provinceCode", equalTo(HA_NOI))
                .body("channel", equalTo("HOTLINE_111"))
                .body("concernCategories", hasItem("VIOLENCE"))
                .body("child.fullName", equalTo("Nguyễn Thị Hoa"));
    }

    @Test
    void anIntakePublishesOneCaseOpenedEventWithCodesButNoPersonalData() {
        String childName = "Trần Văn Bình " + UUID.randomUUID();
        String caseId = given().header("Authorization", bearer(HA_NOI, "HOTLINE"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(NGOC_HA, childName))
                .when().post("/api/v1/intakes")
                .then().statusCode(201).extract().path("caseId");

        List<CloudEvent> events = TestEvents.await(topic, e -> caseId.equals(e.getSubject()), 1,
                Duration.ofSeconds(20));

        assertThat(events).hasSize(1);
        CloudEvent event = events.get(0);
        assertThat(event.getType()).isEqualTo("vn.treem.case.case.opened.v1");
        assertThat(event.getSource().toString()).isEqualTo("/case-service");
        var data = CloudEventCodec.data(event);
        assertThat(data.path("communeCode").asText()).isEqualTo(NGOC_HA);
        assertThat(data.path("provinceCode").asText()).isEqualTo(HA_NOI);
        assertThat(data.path("channel").asText()).isEqualTo("HOTLINE_111");
        assertThat(data.path("childAgeBand").asText()).isEqualTo("AGE_6_10");
        String serialized = CloudEventCodec.serializeToString(event);
        assertThat(serialized).doesNotContain(childName).doesNotContain("2016-05-01");
    }

    @Test
    void anUnknownCommuneIsRejectedAndNothingIsStoredOrPublished() {
        long cases = count("protection_case");
        long outbox = count("outbox_event");

        given().header("Authorization", bearer("VN", "HOTLINE")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(IntakeRequests.valid("99999", "Lê Văn Cường"))
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("errors[0].message", containsString("99999"));

        assertThat(count("protection_case")).isEqualTo(cases);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aCommuneCodeRetiredByThe2025ReformIsRejectedWithAnExplanation() {
        // 00001 was Phường Phúc Xá (Ba Đình district) until 30 June 2025; it is no commune code today.
        given().header("Authorization", bearer("VN", "HOTLINE"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid("00001", "Phạm Thị Dung"))
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("RETIRED_UNIT"))
                .body("errors[0].message", containsString("01/07/2025"));
    }

    @Test
    void invalidFieldsAreAllListedInVietnameseByDefault() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, " ");
        body.remove("channel");
        body.put("concernCategories", List.of());
        IntakeRequests.child(body).remove("birthDate");

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("channel", "concernCategories", "child.fullName"))
                .body("errors.find { it.field == 'channel' }.message", equalTo("Trường này là bắt buộc"));
    }

    @Test
    void aChildOfSixteenOrMoreIsNotAChild() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Đỗ Văn Em");
        IntakeRequests.child(body).put("birthDate", OffsetDateTime.now().minusYears(17).toLocalDate().toString());

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("child.birthDate"))
                .body("errors[0].code", equalTo("NOT_A_CHILD"));
    }

    @Test
    void anEstimatedAgeStandsInForAnUnknownBirthDate() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Bé Na");
        IntakeRequests.child(body).remove("birthDate");
        IntakeRequests.child(body).put("estimatedAge", 3);

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(201);
    }

    @Test
    void aPersonalIdNumberIsCheckedAgainstTheChildAndKeptInTheCaseOnly() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Phan Thị Mai");
        IntakeRequests.child(body).put("personalIdNumber", "001216012345"); // says: a boy born in 2016

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("child.personalIdNumber"))
                .body("errors[0].code", equalTo("ID_SEX_MISMATCH"))
                .body("errors[0].message", containsString("sex"));

        IntakeRequests.child(body).put("personalIdNumber", "001316012345");
        String caseId = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(201).extract().path("caseId");
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("child.personalIdNumber", equalTo("001316012345"));
        List<CloudEvent> events = TestEvents.await(topic, e -> caseId.equals(e.getSubject()), 1,
                Duration.ofSeconds(20));
        assertThat(CloudEventCodec.serializeToString(events.get(0))).doesNotContain("001316012345");
    }

    @Test
    void anUnknownChannelNamesTheAllowedValues() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Ngô Văn Phúc");
        body.put("channel", "FAX");

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"))
                .body("errors[0].message", containsString("HOTLINE_111"));
    }

    @Test
    void aWorkerCannotReportForACommuneOutsideTheirJurisdiction() {
        long cases = count("protection_case");

        given().header("Authorization", bearer(NGOC_HA, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Vũ Thị Giang"))
                .when().post("/api/v1/intakes")
                .then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));

        assertThat(count("protection_case")).isEqualTo(cases);
    }

    @Test
    void anAnalystMayNotReceiveIntakes() {
        given().header("Authorization", bearer(BA_DINH, "ANALYST"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Vũ Thị Giang"))
                .when().post("/api/v1/intakes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndOpensNoSecondCase() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Hoàng Văn Hải");
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(201).extract().path("caseId");
        long cases = count("protection_case");

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("caseId", equalTo(first));

        assertThat(count("protection_case")).isEqualTo(cases);
    }

    @Test
    void reusingAnIdempotencyKeyForAnotherReportIsRefused() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Đặng Thị Hạnh"))
                .when().post("/api/v1/intakes").then().statusCode(201);

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Someone Else"))
                .when().post("/api/v1/intakes")
                .then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
    }
}
