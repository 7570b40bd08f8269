package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.treem.cases.CaseFixtures.open;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.HA_NOI;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who sees what (docs/adr/0009): commune subtree, sensitive cases, the informant, the hotline's view and the access
 * log. Records out of reach answer 404 so that their existence is not disclosed.
 */
@QuarkusTest
class AccessControlTest {

    static final String WORKER = bearerFor("worker-a", BA_DINH, "CASE_WORKER");
    static final String COLLEAGUE = bearerFor("worker-b", BA_DINH, "CASE_WORKER");
    static final String APPROVER = bearerFor("approver-ba-dinh", BA_DINH, "CASE_APPROVER");
    static final String NEIGHBOUR = bearerFor("worker-ngoc-ha", NGOC_HA, "CASE_WORKER");
    static final String PROVINCE = bearerFor("worker-ha-noi", HA_NOI, "CASE_WORKER");
    static final String HOTLINE = bearerFor("hotline-operator-7", "VN", "HOTLINE");
    static final String OTHER_HOTLINE = bearerFor("hotline-operator-9", "VN", "HOTLINE");
    static final String ANALYST = bearerFor("analyst", "VN", "ANALYST");

    @Test
    void aWorkerSeesTheCasesOfTheirCommuneButNotOfTheNextOneAndTheProvinceSeesBoth() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", PROVINCE).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", NEIGHBOUR).when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().header("Authorization", NEIGHBOUR).queryParam("limit", 100).when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", not(hasItem(caseId)));
        given().header("Authorization", NEIGHBOUR).when().get("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(404);
    }

    @Test
    void theHotlineCreatesIntakesAnywhereAndReadsOnlyTheStatusOfItsOwn() {
        Map<String, Object> body = IntakeRequests.valid(NGOC_HA, "Trẻ " + UUID.randomUUID());
        var receipt = given().header("Authorization", HOTLINE).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract();
        String intakeId = receipt.path("intakeId");
        String caseId = receipt.path("caseId");

        given().header("Authorization", HOTLINE).when().get("/api/v1/intakes/" + intakeId)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("caseId", equalTo(caseId))
                .body("child", nullValue());
        given().header("Authorization", OTHER_HOTLINE).when().get("/api/v1/intakes/" + intakeId)
                .then().statusCode(404);
        given().header("Authorization", HOTLINE).when().get("/api/v1/cases/" + caseId).then().statusCode(403);
        given().header("Authorization", HOTLINE).when().get("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(403);
        given().header("Authorization", HOTLINE).queryParam("name", "tre").when().get("/api/v1/children")
                .then().statusCode(403);
    }

    @Test
    void anAnalystReadsNoCaseOrChildRecord() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", ANALYST).when().get("/api/v1/cases/" + caseId).then().statusCode(403);
        given().header("Authorization", ANALYST).when().get("/api/v1/cases").then().statusCode(403);
        given().header("Authorization", ANALYST).queryParam("name", "tre").when().get("/api/v1/children")
                .then().statusCode(403);
    }

    @Test
    void aSexualAbuseCaseIsSeenOnlyByItsAssignedWorkersAndByApprovers() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("SEXUAL_ABUSE"));
        String childId = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("sensitive", equalTo(true)).extract().path("child.id");

        given().header("Authorization", COLLEAGUE).when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().header("Authorization", COLLEAGUE).when().get("/api/v1/children/" + childId).then().statusCode(404);
        given().header("Authorization", PROVINCE).when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().header("Authorization", COLLEAGUE).queryParam("limit", 100).when().get("/api/v1/cases")
                .then().body("items.id", not(hasItem(caseId)));
        given().header("Authorization", APPROVER).when().get("/api/v1/cases/" + caseId).then().statusCode(200);

        given().header("Authorization", APPROVER).contentType(ContentType.JSON).body(Map.of("worker", "worker-b"))
                .when().post("/api/v1/cases/" + caseId + "/assignments")
                .then().statusCode(200).body("assignedWorkers", hasItem("worker-b"));
        given().header("Authorization", COLLEAGUE).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", COLLEAGUE).when().get("/api/v1/children/" + childId).then().statusCode(200);
    }

    @Test
    void onlyAnApproverAssignsWorkers() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(Map.of("worker", "worker-b"))
                .when().post("/api/v1/cases/" + caseId + "/assignments").then().statusCode(403);
    }

    @Test
    void theInformantIsStoredOnlyWithConsentAndShownOnlyToTheCaseTeam() {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Trẻ " + UUID.randomUUID());
        body.put("informant", Map.of("fullName", "Trần Thị Bình", "phone", "0912345678"));
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(400)
                .body("errors[0].code", equalTo("INFORMANT_WITHOUT_CONSENT"));

        body.put("informantConsent", true);
        String caseId = given().header("Authorization", WORKER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().body("intake.informant.fullName", equalTo("Trần Thị Bình"));
        given().header("Authorization", APPROVER).when().get("/api/v1/cases/" + caseId)
                .then().body("intake.informant.phone", equalTo("0912345678"));
        given().header("Authorization", PROVINCE).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("intake.informant", nullValue())
                .body("intake.informantConsent", equalTo(true));
    }

    @Test
    void approversReadWhoAccessedARecordAndWorkersCannot() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        given().header("Authorization", PROVINCE).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", NEIGHBOUR).when().get("/api/v1/cases/" + caseId).then().statusCode(404);

        given().header("Authorization", APPROVER).when().get("/api/v1/cases/" + caseId + "/access-log")
                .then().statusCode(200)
                .body("findAll { it.subject == 'worker-ha-noi' && it.action == 'READ' }.size()", equalTo(1))
                .body("find { it.subject == 'worker-ha-noi' }.fields", hasItem("intake"))
                .body("find { it.subject == 'worker-a' && it.action == 'CREATE' }",
                        org.hamcrest.Matchers.notNullValue())
                .body("findAll { it.subject == 'worker-ngoc-ha' }.size()", equalTo(0));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/access-log")
                .then().statusCode(403);
    }

    @Test
    void recordingAChildAsSexuallyAbusedRestrictsTheirExistingCases() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        given().header("Authorization", COLLEAGUE).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        var child = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().extract();
        String childId = child.path("child.id");
        var record = given().header("Authorization", WORKER).when().get("/api/v1/children/" + childId).then()
                .extract();
        Map<String, Object> update = new java.util.HashMap<>();
        update.put("fullName", record.path("fullName"));
        update.put("sex", record.path("sex"));
        update.put("birthDate", record.path("birthDate"));
        update.put("residenceCommuneCode", BA_DINH);
        update.put("groups", List.of(Map.of("code", "G11")));

        given().header("Authorization", WORKER).header("If-Match", record.header("ETag"))
                .contentType(ContentType.JSON).body(update).when().put("/api/v1/children/" + childId)
                .then().statusCode(200).body("sensitive", equalTo(true));

        given().header("Authorization", COLLEAGUE).when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("sensitive", equalTo(true));
    }
}
