package vn.treem.cases;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Cases in a given state and the requests of each step, as a commune worker's phone would send them. */
final class CaseFixtures {

    private CaseFixtures() {
    }

    /** Opens a case in {@code commune} by an intake sent with {@code auth}; returns the case id. */
    static String open(String auth, String commune, String childName, List<String> concerns) {
        Map<String, Object> body = IntakeRequests.valid(commune, childName);
        body.put("concernCategories", concerns);
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes")
                .then().statusCode(201).extract().path("caseId");
    }

    static String etag(String auth, String caseId) {
        return given().header("Authorization", auth).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse transition(String auth, String caseId, Map<String, Object> body) {
        return given().header("Authorization", auth).header("If-Match", etag(auth, caseId))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseId + "/transitions").then();
    }

    static Map<String, Object> initialAssessment(boolean emergency) {
        return Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                Map.of("riskLevel", emergency ? "HIGH" : "MEDIUM", "emergency", emergency,
                        "harmObserved", "Vết bầm ở tay"));
    }

    static Map<String, Object> emergencyProtection(int days) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        return Map.of("to", "EMERGENCY_PROTECTION", "emergencyProtection",
                Map.of("decidedAt", now.toString(), "decidedBy", "Chủ tịch UBND phường", "temporarySeparation", true,
                        "placeOfSafety", "Trung tâm công tác xã hội", "endsOn",
                        now.toLocalDate().plusDays(days).toString()));
    }

    static Map<String, Object> assessment() {
        return Map.of("to", "ASSESSMENT", "assessment",
                Map.of("findings", "Gia đình cần hỗ trợ", "needsMeetingOn", LocalDate.now().toString(),
                        "needsMeetingMinutes", "Biên bản họp xác định nhu cầu"));
    }

    static Map<String, Object> review(String recommendation) {
        return Map.of("to", "UNDER_REVIEW", "review",
                Map.of("residualRisk", "LOW", "childSituation", "Trẻ an toàn", "recommendation", recommendation));
    }

    static Map<String, Object> plan() {
        Map<String, Object> measure = new HashMap<>();
        measure.put("type", "PSYCHOLOGICAL_SUPPORT");
        measure.put("description", "Tham vấn tâm lý hằng tuần");
        measure.put("responsible", "Trung tâm công tác xã hội");
        measure.put("dueDate", LocalDate.now().plusMonths(1).toString());
        return Map.of("goals", List.of("Trẻ được an toàn"), "measures", List.of(measure));
    }

    /** Drafts a plan with {@code auth}; returns the plan id. */
    static String draftPlan(String auth, String caseId) {
        return given().header("Authorization", auth).header("If-Match", etag(auth, caseId))
                .contentType(ContentType.JSON).body(plan())
                .when().post("/api/v1/cases/" + caseId + "/support-plans")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse decidePlan(String auth, String caseId, String planId, boolean approve) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("approve", approve);
        decision.put("decisionNumber", "15/QĐ-UBND");
        if (!approve) {
            decision.put("reason", "Cần bổ sung biện pháp");
        }
        return given().header("Authorization", auth).header("If-Match", etag(auth, caseId))
                .contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/cases/" + caseId + "/support-plans/" + planId + "/decision").then();
    }
}
