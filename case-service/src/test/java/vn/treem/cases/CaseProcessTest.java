package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.treem.cases.CaseFixtures.assessment;
import static vn.treem.cases.CaseFixtures.decidePlan;
import static vn.treem.cases.CaseFixtures.draftPlan;
import static vn.treem.cases.CaseFixtures.emergencyProtection;
import static vn.treem.cases.CaseFixtures.etag;
import static vn.treem.cases.CaseFixtures.initialAssessment;
import static vn.treem.cases.CaseFixtures.open;
import static vn.treem.cases.CaseFixtures.review;
import static vn.treem.cases.CaseFixtures.transition;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The statutory process through the API: every step, who may take it, and what it records. */
@QuarkusTest
class CaseProcessTest {

    static final String WORKER = bearerFor("worker-ba-dinh", BA_DINH, "CASE_WORKER");
    static final String APPROVER = bearerFor("chairman-ba-dinh", BA_DINH, "CASE_APPROVER");
    static final String DEPUTY = bearerFor("deputy-ba-dinh", BA_DINH, "CASE_APPROVER");
    static final String NGOC_HA_WORKER = bearerFor("worker-ngoc-ha", NGOC_HA, "CASE_WORKER");

    @Test
    void aCaseGoesThroughEveryStepFromReceiptToClosure() {
        String caseId = open(WORKER, BA_DINH, "Lò Văn Sáng", List.of("VIOLENCE"));

        transition(WORKER, caseId, initialAssessment(false)).statusCode(200)
                .body("status", equalTo("INITIAL_ASSESSMENT"))
                .body("deadlines.find { it.kind == 'INITIAL_ASSESSMENT' }.state", equalTo("MET"))
                .body("deadlines.find { it.kind == 'SUPPORT_PLAN' }.state", equalTo("OPEN"));
        transition(WORKER, caseId, assessment()).statusCode(200).body("status", equalTo("ASSESSMENT"));
        String planId = draftPlan(WORKER, caseId);
        decidePlan(APPROVER, caseId, planId, true).statusCode(200).body("status", equalTo("APPROVED"));
        transition(WORKER, caseId, Map.of("to", "IN_INTERVENTION")).statusCode(200);
        transition(WORKER, caseId, review("CLOSE")).statusCode(200).body("residualRisk", equalTo("LOW"));
        transition(APPROVER, caseId, Map.of("to", "CLOSED", "reason", "Trẻ đã an toàn")).statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("allowedNext", contains("REOPENED"))
                .body("deadlines.findAll { it.state == 'OPEN' }", hasSize(0));

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200)
                .body("toStatus", contains("RECEIVED", "INITIAL_ASSESSMENT", "ASSESSMENT", "PLAN_DRAFTED",
                        "PLAN_APPROVED", "IN_INTERVENTION", "UNDER_REVIEW", "CLOSED"))
                .body("[1].details.riskLevel", equalTo("MEDIUM"))
                .body("[2].details.needsMeetingMinutes", equalTo("Biên bản họp xác định nhu cầu"))
                .body("[7].by", equalTo("chairman-ba-dinh"));
    }

    @Test
    void anIllegalStepIsAConflictNamingTheAllowedNextStepsAndChangesNothing() {
        String caseId = open(WORKER, BA_DINH, "Lò Thị Mai", List.of("NEGLECT"));
        String before = etag(WORKER, caseId);

        transition(WORKER, caseId, assessment()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", containsInAnyOrder("INITIAL_ASSESSMENT", "TRANSFERRED"));

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).header("ETag", equalTo(before)).body("status", equalTo("RECEIVED"));
    }

    @Test
    void aStepWithoutItsDataIsRefused() {
        String caseId = open(WORKER, BA_DINH, "Lò Văn Tú", List.of("NEGLECT"));

        transition(WORKER, caseId, Map.of("to", "INITIAL_ASSESSMENT")).statusCode(400)
                .body("errors[0].field", equalTo("initialAssessment"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void thePlanIsApprovedByAnApproverWhoDidNotWriteIt() {
        String caseId = open(WORKER, BA_DINH, "Hà Văn Lâm", List.of("VIOLENCE"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        String planId = draftPlan(APPROVER, caseId);

        decidePlan(APPROVER, caseId, planId, true).statusCode(403);
        decidePlan(WORKER, caseId, planId, true).statusCode(403);
        decidePlan(DEPUTY, caseId, planId, true).statusCode(200).body("decidedBy", equalTo("deputy-ba-dinh"));
        decidePlan(DEPUTY, caseId, planId, true).statusCode(409);
    }

    @Test
    void aRejectedPlanSendsTheCaseBackToAssessment() {
        String caseId = open(WORKER, BA_DINH, "Hà Thị Nga", List.of("VIOLENCE"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        String planId = draftPlan(WORKER, caseId);

        decidePlan(APPROVER, caseId, planId, false).statusCode(200).body("status", equalTo("REJECTED"));

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().body("status", equalTo("ASSESSMENT"));
        draftPlan(WORKER, caseId);
    }

    @Test
    void onlyAnApproverClosesACase() {
        String caseId = open(WORKER, BA_DINH, "Hà Văn Đông", List.of("NEGLECT"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        decidePlan(APPROVER, caseId, draftPlan(WORKER, caseId), true).statusCode(200);
        transition(WORKER, caseId, Map.of("to", "IN_INTERVENTION")).statusCode(200);
        transition(WORKER, caseId, review("CLOSE")).statusCode(200);

        transition(WORKER, caseId, Map.of("to", "CLOSED", "reason", "An toàn")).statusCode(403);
        transition(APPROVER, caseId, Map.of("to", "CLOSED")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        transition(APPROVER, caseId, Map.of("to", "CLOSED", "reason", "An toàn")).statusCode(200);
    }

    @Test
    void aReviewCanSendTheCaseBackToPlanning() {
        String caseId = open(WORKER, BA_DINH, "Hà Thị Xuân", List.of("NEGLECT"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        decidePlan(APPROVER, caseId, draftPlan(WORKER, caseId), true).statusCode(200);
        transition(WORKER, caseId, Map.of("to", "IN_INTERVENTION")).statusCode(200);
        transition(WORKER, caseId, review("NEW_PLAN")).statusCode(200)
                .body("allowedNext", hasItem("PLAN_DRAFTED"));

        draftPlan(WORKER, caseId);

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/support-plans")
                .then().statusCode(200).body("status", contains("APPROVED", "DRAFT"));
    }

    @Test
    void aSeparationOfMoreThanFifteenDaysIsRefusedUnlessExtended() {
        String caseId = open(WORKER, BA_DINH, "Vi Văn Hùng", List.of("VIOLENCE"));
        transition(WORKER, caseId, initialAssessment(true)).statusCode(200)
                .body("deadlines.find { it.kind == 'EMERGENCY_DECISION' }.state", equalTo("OPEN"));

        transition(WORKER, caseId, emergencyProtection(16)).statusCode(400)
                .body("errors[0].code", equalTo("SEPARATION_TOO_LONG"));
        transition(WORKER, caseId, emergencyProtection(15)).statusCode(200)
                .body("status", equalTo("EMERGENCY_PROTECTION"))
                .body("deadlines.find { it.kind == 'EMERGENCY_DECISION' }.state", equalTo("MET"))
                .body("deadlines.find { it.kind == 'SEPARATION_END' }.state", equalTo("OPEN"));

        String longer = LocalDate.now().plusDays(30).toString();
        given().header("Authorization", WORKER).header("If-Match", etag(WORKER, caseId))
                .contentType(ContentType.JSON)
                .body(Map.of("newEndsOn", longer, "reason", "Chưa có nơi ở an toàn", "decidedBy", "Tòa án khu vực"))
                .when().post("/api/v1/cases/" + caseId + "/emergency-protection/extensions")
                .then().statusCode(200)
                .body("separationEndsOn", equalTo(longer))
                .body("deadlines.find { it.kind == 'SEPARATION_END' }.dueAt", org.hamcrest.Matchers.startsWith(longer));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/transitions")
                .then().body("kind", hasItem("EXTENSION"));
    }

    @Test
    void aClosedCaseReopensWithANewInitialAssessmentDeadline() {
        String caseId = open(WORKER, BA_DINH, "Vi Thị Lan", List.of("NEGLECT"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);
        transition(WORKER, caseId, assessment()).statusCode(200);
        decidePlan(APPROVER, caseId, draftPlan(WORKER, caseId), true).statusCode(200);
        transition(WORKER, caseId, Map.of("to", "IN_INTERVENTION")).statusCode(200);
        transition(WORKER, caseId, review("CLOSE")).statusCode(200);
        transition(APPROVER, caseId, Map.of("to", "CLOSED", "reason", "An toàn")).statusCode(200);

        transition(WORKER, caseId, Map.of("to", "REOPENED", "reason", "Trẻ lại bị bạo lực")).statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("closedAt", org.hamcrest.Matchers.nullValue())
                .body("deadlines.findAll { it.kind == 'INITIAL_ASSESSMENT' && it.state == 'OPEN' }", hasSize(1));
    }

    @Test
    void aTransferredCaseBecomesTheReceivingCommunesOnceTheyAccept() {
        String caseId = open(WORKER, BA_DINH, "Mã Văn Khoa", List.of("NEGLECT"));
        transition(WORKER, caseId, initialAssessment(false)).statusCode(200);

        transition(WORKER, caseId, Map.of("to", "TRANSFERRED", "transfer", Map.of("toCommuneCode", NGOC_HA)))
                .statusCode(200).body("status", equalTo("TRANSFERRED"))
                .body("allowedNext", contains("INITIAL_ASSESSMENT"));
        given().header("Authorization", WORKER).header("If-Match", etag(WORKER, caseId))
                .contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/cases/" + caseId + "/transfer-decision")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        // Nobody takes the case back by an ordinary step: only the receiving commune's decision ends a transfer.
        transition(WORKER, caseId, assessment()).statusCode(409);

        given().header("Authorization", NGOC_HA_WORKER).header("If-Match", etag(NGOC_HA_WORKER, caseId))
                .contentType(ContentType.JSON).body(Map.of("accept", true, "reason", "Gia đình chuyển đến"))
                .when().post("/api/v1/cases/" + caseId + "/transfer-decision")
                .then().statusCode(200)
                .body("status", equalTo("INITIAL_ASSESSMENT"))
                .body("communeCode", equalTo(NGOC_HA))
                .body("incidentCommuneCode", equalTo(BA_DINH))
                .body("child.residenceCommuneCode", equalTo(NGOC_HA));
    }
}
