package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.treem.cases.CaseFixtures.open;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Referrals share the child's data: they need consent (Law 91/2025) or an approver's legal basis. */
@QuarkusTest
class ConsentAndReferralTest {

    static final String WORKER = bearerFor("referral-worker", BA_DINH, "CASE_WORKER");
    static final String APPROVER = bearerFor("referral-approver", BA_DINH, "CASE_APPROVER");

    @Test
    void aReferralWithoutConsentIsRefusedAndNothingIsRecorded() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));

        refer(WORKER, caseId, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("PARENT_OR_GUARDIAN"))
                .body("detail", containsString("CHILD"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/referrals")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void withTheConsentOfTheGuardianAndOfAChildOfSevenOrMoreTheReferralIsMade() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));
        consent(caseId, "PARENT_OR_GUARDIAN", "GIVEN", "HEALTH_FACILITY");
        refer(WORKER, caseId, null).then().statusCode(409).body("detail", containsString("CHILD"));
        consent(caseId, "CHILD", "GIVEN", null);

        refer(WORKER, caseId, null).then().statusCode(201).body("legalBasis", equalTo("CONSENT"))
                .body("status", equalTo("SENT"));
    }

    @Test
    void aChildUnderSevenNeedsOnlyTheGuardiansConsent() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Trẻ nhỏ " + UUID.randomUUID());
        IntakeRequests.child(body).put("birthDate", LocalDate.now().minusYears(4).toString());
        String caseId = given().header("Authorization", WORKER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");
        consent(caseId, "PARENT_OR_GUARDIAN", "GIVEN", null);

        refer(WORKER, caseId, null).then().statusCode(201);
    }

    @Test
    void aRefusalAfterConsentBlocksReferralsAgain() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));
        consent(caseId, "PARENT_OR_GUARDIAN", "GIVEN", null);
        consent(caseId, "CHILD", "GIVEN", null);
        consent(caseId, "PARENT_OR_GUARDIAN", "WITHDRAWN", null);

        refer(WORKER, caseId, null).then().statusCode(409);
    }

    @Test
    void withoutConsentOnlyAnApproverCanReferOnALegalBasis() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));

        refer(WORKER, caseId, "EMERGENCY").then().statusCode(403);
        refer(APPROVER, caseId, "EMERGENCY").then().statusCode(201).body("legalBasis", equalTo("EMERGENCY"))
                .body("basisBy", equalTo("referral-approver"));
    }

    @Test
    void aReferralIsAcceptedOrDeclinedThenCompleted() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));
        Response sent = refer(APPROVER, caseId, "LEGAL_DUTY");
        String path = "/api/v1/cases/" + caseId + "/referrals/" + sent.path("id") + "/status";

        given().header("Authorization", WORKER).header("If-Match", sent.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED")).when().put(path)
                .then().statusCode(409).body("allowed", containsInAnyOrder("ACCEPTED", "DECLINED"));
        given().header("Authorization", WORKER).header("If-Match", sent.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED")).when().put(path).then().statusCode(200);
        given().header("Authorization", WORKER).header("If-Match", sent.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED")).when().put(path).then().statusCode(412);
    }

    @Test
    void aServiceDeliveredIsRecordedWithItsProviderAndOutcome() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("VIOLENCE"));

        given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "MEDICAL_CARE", "provider", "Trạm y tế phường", "deliveredOn",
                        LocalDate.now().toString(), "outcome", "Đã băng bó vết thương"))
                .when().post("/api/v1/cases/" + caseId + "/services").then().statusCode(201);
        given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "MEDICAL_CARE", "provider", "Trạm y tế phường", "deliveredOn",
                        LocalDate.now().plusDays(3).toString()))
                .when().post("/api/v1/cases/" + caseId + "/services").then().statusCode(400);

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/services")
                .then().statusCode(200).body("", hasSize(1)).body("[0].provider", equalTo("Trạm y tế phường"));
    }

    private static void consent(String caseId, String subject, String decision, String target) {
        var body = new java.util.HashMap<String, Object>(Map.of("subject", subject, "purpose", "REFERRAL",
                "decision", decision));
        if (target != null) {
            body.put("targetType", target);
        }
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201);
    }

    private static Response refer(String auth, String caseId, String legalBasis) {
        var body = new java.util.HashMap<String, Object>(Map.of("targetType", "HEALTH_FACILITY", "targetName",
                "Bệnh viện Nhi Trung ương", "reason", "Khám chấn thương"));
        if (legalBasis != null) {
            body.put("legalBasis", legalBasis);
        }
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseId + "/referrals");
    }
}
