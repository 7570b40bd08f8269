package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.plans.PlanRequests.HA_NOI;
import static vn.treem.plans.PlanRequests.HO_CHI_MINH_CITY;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.platform.testing.authz.AuthorizationMatrix;
import vn.treem.platform.testing.authz.Call;
import vn.treem.platform.testing.authz.MatrixFixture;
import vn.treem.platform.testing.authz.Operation;
import vn.treem.platform.testing.authz.Scope;

/**
 * The authorization matrix of plan-service (issue #8): every operation of its OpenAPI document × every role inside (Hà
 * Nội, 01) or outside (Hồ Chí Minh City, 79) the jurisdiction of a plan of Hà Nội × no token, against
 * {@code src/test/resources/authorization-matrix.csv}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String PLANNER = bearerFor("matrix-fixture-planner", HA_NOI, "PLANNER");

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        Fixture fixture = new Fixture();
        AuthorizationMatrix.Report report = AuthorizationMatrix.verify(fixture);
        assertThat(report.operations()).isGreaterThanOrEqualTo(17);
        assertThat(report.cells()).isEqualTo(report.operations() * AuthorizationMatrix.callers().size());
    }

    /** A plan of Hà Nội with a target and an assignment, a draft of Phường Ba Đình implementing it. */
    static final class Fixture implements MatrixFixture {

        final String plan = issuedPlan();
        final String draft = given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body(Map.of("unitCode", PlanRequests.BA_DINH)).when().post("/api/v1/plans/" + plan + "/derive")
                .then().statusCode(201).extract().path("id");
        final String assignment = given().header("Authorization", PLANNER).when()
                .get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract()
                .path("assignments[0].assignmentId");

        @Override
        public String unit(String role, Scope scope) {
            return scope == Scope.INSIDE ? HA_NOI : HO_CHI_MINH_CITY;
        }

        @Override
        public Call call(Operation operation, String role, Scope scope) {
            return switch (operation.key()) {
                case "POST /api/v1/plans" -> Call.of().json(planBody(HA_NOI));
                case "PUT /api/v1/plans/{id}" -> Call.of().path("id", draft).json(planBody(PlanRequests.BA_DINH))
                        .ifMatch(() -> etag(draft));
                case "POST /api/v1/plans/{id}/issue" -> Call.of().path("id", draft)
                        .json(Map.of("number", PlanRequests.uniqueNumber())).ifMatch(() -> etag(draft));
                case "POST /api/v1/plans/{id}/amendments" -> {
                    String fresh = issuedPlan();
                    yield Call.of().path("id", fresh).json(planBody(HA_NOI)).ifMatch(() -> etag(fresh));
                }
                case "POST /api/v1/plans/{id}/close" -> {
                    String fresh = issuedPlan();
                    yield Call.of().path("id", fresh).ifMatch(() -> etag(fresh));
                }
                case "POST /api/v1/plans/{id}/derive" -> Call.of().path("id", plan)
                        .json(Map.of("unitCode", PlanRequests.BA_DINH));
                case "PUT /api/v1/plans/{planId}/progress/assignments/{assignmentId}" -> Call.of()
                        .path("planId", plan).path("assignmentId", assignment)
                        .json(Map.of("status", "IN_PROGRESS", "note", "Đã tập huấn")).ifMatch(this::progressVersion);
                case "POST /api/v1/plans/{planId}/progress/indicator-actuals" -> Call.of().path("planId", plan)
                        .json(Map.of("indicatorCode", "1", "year", LocalDate.now().getYear(), "value", 42.5));
                case "POST /api/v1/plan-imports" -> Call.of().json(Map.of("issuingUnitCode", HA_NOI, "text",
                        "Số: 15/KH-UBND\n\nHà Nội, ngày 10 tháng 6 năm 2026\n\nKẾ HOẠCH\nBảo vệ trẻ em năm 2026\n"));
                case "GET /api/v1/agencies" -> Call.of().query("unit", HA_NOI);
                case "POST /api/v1/agencies" -> Call.of().json(Map.of("unitCode", HA_NOI, "name",
                        "Trung tâm " + UUID.randomUUID(), "kind", "DEPARTMENT"));
                default -> Call.of().path("id", plan).path("planId", plan);
            };
        }

        private String progressVersion() {
            Object version = given().header("Authorization", PLANNER).when()
                    .get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract()
                    .path("assignments.find { it.assignmentId == '" + assignment + "' }.version");
            return "\"" + version + "\"";
        }

        private static String etag(String id) {
            return given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + id).then().statusCode(200)
                    .extract().header("ETag");
        }

        private static Map<String, Object> planBody(String unit) {
            Map<String, Object> body = PlanRequests.plan(PlanRequests.uniqueNumber(), unit,
                    LocalDate.now().toString(), LocalDate.now().getYear(), 2030);
            return body;
        }

        /** An issued plan of Hà Nội: indicator 1 rising from 30 (2021) to 80 in 2030, one assignment. */
        static String issuedPlan() {
            int year = LocalDate.now().getYear();
            Map<String, Object> body = PlanRequests.plan(PlanRequests.uniqueNumber(), HA_NOI,
                    LocalDate.now().toString(), year, 2030);
            Map<String, Object> indicator = new HashMap<>(Map.of("code", "1", "text", "Tỷ lệ xã phù hợp với trẻ em",
                    "unit", "PERCENT", "direction", "INCREASE", "baseline", Map.of("value", 30, "year", 2021),
                    "targets", List.of(Map.of("year", 2030, "comparator", "AT_LEAST", "value", 80))));
            body.put("content", Map.of(
                    "objectives", List.of(Map.of("kind", "SPECIFIC", "text", "Đến năm 2030", "indicators",
                            List.of(indicator))),
                    "assignments", List.of(Map.of("agencyName", "Sở Y tế", "role", "LEAD", "deadline",
                            "2030-12-31"))));
            return given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        }
    }
}
