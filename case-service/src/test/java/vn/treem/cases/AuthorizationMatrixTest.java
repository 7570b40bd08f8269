package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.authz.AuthorizationMatrix;
import vn.treem.platform.testing.authz.Call;
import vn.treem.platform.testing.authz.MatrixFixture;
import vn.treem.platform.testing.authz.Operation;
import vn.treem.platform.testing.authz.Scope;

/**
 * The authorization matrix of case-service (issue #8, ADR 0009): every operation of its OpenAPI document × every role
 * serving Phường Ba Đình (inside: the fixture case, child, intake and import are there) or Phường Ngọc Hà (outside, the
 * next commune) × no token, against {@code src/test/resources/authorization-matrix.csv}. The hotline serves the whole
 * country: inside is the hotline client that sent the fixture intake and owns the fixture webhook, outside another
 * hotline client. Runs with the simulated national child database, so that lookups and reconciliations reach their own
 * rules.
 */
@QuarkusTest
@TestProfile(NationalSyncProfile.class)
class AuthorizationMatrixTest {

    static final String WORKER = bearerFor("matrix-fixture-worker", BA_DINH, Roles.CASE_WORKER);
    static final String APPROVER = bearerFor("matrix-fixture-approver", BA_DINH, Roles.CASE_APPROVER);
    static final String ADMIN = bearerFor("matrix-fixture-admin", BA_DINH, Roles.ADMIN);
    /** Only the uploader sees an import job: the matrix's own inside worker uploads the fixture's. */
    static final String INSIDE_WORKER = bearerFor(AuthorizationMatrix.subject(Roles.CASE_WORKER, Scope.INSIDE),
            BA_DINH, Roles.CASE_WORKER);
    static final String HOTLINE = bearerFor(AuthorizationMatrix.subject(Roles.HOTLINE, Scope.INSIDE), "VN",
            Roles.HOTLINE);

    @InjectSimulator
    WireMockServer remote;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void aHealthyNationalSystem() {
        NationalChildDbSimulator.healthy(remote, breakers);
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        AuthorizationMatrix.Report report = AuthorizationMatrix.verify(new Fixture());
        assertThat(report.operations()).isGreaterThanOrEqualTo(50);
        assertThat(report.cells()).isEqualTo(report.operations() * AuthorizationMatrix.callers().size());
    }

    /**
     * An intake of Phường Ba Đình sent by the hotline (case, child, intake, hotline reference), the case assessed with
     * a support plan drafted, consents and a referral, a note's attachment, an assignment, a webhook of the hotline
     * client and its delivery, an import job, a reconciliation job and a national sync item.
     */
    static final class Fixture implements MatrixFixture {

        static final AtomicInteger SEQUENCE = new AtomicInteger();

        final String reference = "111-2026-" + UUID.randomUUID().toString().substring(0, 8);
        final String webhook = webhook();
        final Map<String, Object> intakeBody = intake(true);
        final io.restassured.response.ExtractableResponse<io.restassured.response.Response> intake = given()
                .header("Authorization", HOTLINE).contentType(ContentType.JSON).body(intakeBody)
                .when().post("/api/v1/intakes").then().statusCode(201).extract();
        final String intakeId = intake.path("intakeId");
        final String caseId = intake.path("caseId");
        final String childId = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().path("child.id");
        final String supportPlan = supportPlan();
        final String referral = referral();
        final String attachment = given().header("Authorization", WORKER).contentType("application/pdf")
                .body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).queryParam("fileName", "bien-ban.pdf")
                .when().post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201).extract().path("id");
        final String importJob = given().header("Authorization", INSIDE_WORKER).contentType("text/csv")
                .queryParam("fileName", "danh-sach.csv").body(importFile().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/child-imports").then().statusCode(202).extract().path("id");
        final String reconciliation = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("communeCode", BA_DINH)).when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(202).extract().path("id");
        final Object syncItem = given().header("Authorization", ADMIN).queryParam("childId", childId)
                .when().get("/api/v1/national-sync/items").then().statusCode(200).extract().path("items[0].id");
        final String delivery = delivery();

        @Override
        public String unit(String role, Scope scope) {
            if (Roles.HOTLINE.equals(role) || Roles.ADMIN.equals(role) && scope == Scope.INSIDE) {
                return "VN";
            }
            return scope == Scope.INSIDE ? BA_DINH : NGOC_HA;
        }

        @Override
        public Call call(Operation operation, String role, Scope scope) {
            Call call = Call.of().path("id", caseId).path("caseId", caseId);
            String path = operation.path();
            if (path.startsWith("/api/v1/children")) {
                call.path("id", childId);
            } else if (path.startsWith("/api/v1/intakes")) {
                call.path("id", intakeId);
            } else if (path.startsWith("/api/v1/child-imports")) {
                call.path("id", importJob);
            } else if (path.startsWith("/api/v1/hotline/webhooks")) {
                call.path("id", webhook);
            } else if (path.startsWith("/api/v1/hotline/deliveries")) {
                call.path("id", delivery);
            } else if (path.startsWith("/api/v1/national-sync/items")) {
                call.path("id", syncItem);
            } else if (path.startsWith("/api/v1/national-sync/reconciliations")) {
                call.path("id", reconciliation);
            }
            return switch (operation.key()) {
                case "GET /api/v1/cases", "GET /api/v1/children" -> call.query("unit", BA_DINH);
                case "POST /api/v1/cases/{id}/transitions" -> call.json(CaseFixtures.initialAssessment(false))
                        .ifMatch(this::caseEtag);
                case "POST /api/v1/cases/{id}/transfer-decision" -> call.json(Map.of("accept", true))
                        .ifMatch(this::caseEtag);
                case "POST /api/v1/cases/{id}/emergency-protection/extensions" -> call
                        .json(Map.of("newEndsOn", LocalDate.now().plusDays(20).toString(), "reason",
                                "Chưa có nơi ở an toàn", "decidedBy", "Tòa án khu vực"))
                        .ifMatch(this::caseEtag);
                case "POST /api/v1/cases/{id}/assignments" -> call.json(Map.of("worker", "matrix-assignee"));
                case "DELETE /api/v1/cases/{id}/assignments/{worker}" -> call.path("worker", assignee());
                case "POST /api/v1/cases/{caseId}/notes" -> call.json(Map.of("text", "Đã gặp cô giáo chủ nhiệm"));
                case "POST /api/v1/cases/{caseId}/attachments" -> call.query("fileName", "anh.pdf")
                        .body(r -> r.contentType("application/pdf")
                                .body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
                case "GET /api/v1/cases/{caseId}/attachments/{attachmentId}" -> call.path("attachmentId", attachment);
                case "POST /api/v1/cases/{caseId}/services" -> call.json(Map.of("type", "MEDICAL_CARE", "provider",
                        "Trạm y tế phường", "deliveredOn", LocalDate.now().toString()));
                case "POST /api/v1/cases/{caseId}/referrals" -> call.json(Map.of("targetType", "HEALTH_FACILITY",
                        "targetName", "Bệnh viện Nhi Trung ương", "reason", "Khám chấn thương"));
                case "PUT /api/v1/cases/{caseId}/referrals/{referralId}/status" -> call.path("referralId", referral)
                        .json(Map.of("status", "ACCEPTED")).ifMatch(this::referralEtag);
                case "POST /api/v1/cases/{caseId}/consents" -> call.json(Map.of("subject", "PARENT_OR_GUARDIAN",
                        "purpose", "REFERRAL", "decision", "GIVEN"));
                case "POST /api/v1/cases/{caseId}/support-plans" -> call.json(CaseFixtures.plan())
                        .ifMatch(this::caseEtag);
                case "POST /api/v1/cases/{caseId}/support-plans/{planId}/decision" -> call.path("planId", supportPlan)
                        .json(Map.of("approve", false, "decisionNumber", "15/QĐ-UBND", "reason", "Cần bổ sung"))
                        .ifMatch(this::caseEtag);
                case "POST /api/v1/children" -> call.query("confirmNew", true).json(child("Trẻ " + UUID.randomUUID()));
                case "PUT /api/v1/children/{id}" -> call.json(child((String) intakeChild().get("fullName")))
                        .ifMatch(this::childEtag);
                case "GET /api/v1/children/national-lookup" -> call.query("personalIdNumber", "001216012345");
                case "GET /api/v1/child-exports" -> call.query("unit", BA_DINH).query("format", "csv");
                case "POST /api/v1/child-imports" -> call.query("fileName", "danh-sach.csv")
                        .body(r -> r.contentType("text/csv").body(importFile().getBytes(StandardCharsets.UTF_8)));
                case "GET /api/v1/deadline-rules/{provinceCode}" -> call.path("provinceCode", "01");
                case "POST /api/v1/intakes" -> call.json(intake(Roles.HOTLINE.equals(role)));
                case "GET /api/v1/hotline/referrals/{reference}" -> call.path("reference", reference);
                case "POST /api/v1/hotline/webhooks" -> call.json(webhookBody());
                case "DELETE /api/v1/hotline/webhooks/{id}" -> call.path("id",
                        Roles.HOTLINE.equals(role) && scope == Scope.INSIDE ? webhook() : webhook);
                case "GET /api/v1/national-sync/items", "GET /api/v1/national-sync/summary",
                        "GET /api/v1/national-sync/lookups" ->
                    call.query("unit", BA_DINH);
                case "POST /api/v1/national-sync/reconciliations" -> call.json(Map.of("communeCode", BA_DINH));
                default -> call;
            };
        }

        private String caseEtag() {
            return given().header("Authorization", APPROVER).when().get("/api/v1/cases/" + caseId).then()
                    .statusCode(200).extract().header("ETag");
        }

        private String childEtag() {
            return given().header("Authorization", APPROVER).when().get("/api/v1/children/" + childId).then()
                    .statusCode(200).extract().header("ETag");
        }

        private String referralEtag() {
            Object version = given().header("Authorization", APPROVER).when()
                    .get("/api/v1/cases/" + caseId + "/referrals").then().statusCode(200).extract()
                    .path("find { it.id == '" + referral + "' }.version");
            return "\"" + version + "\"";
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> intakeChild() {
            return (Map<String, Object>) intakeBody.get("child");
        }

        /** A worker assigned to the case by the approver, for one removal. */
        private String assignee() {
            String worker = "matrix-assignee-" + SEQUENCE.incrementAndGet();
            given().header("Authorization", APPROVER).contentType(ContentType.JSON).body(Map.of("worker", worker))
                    .when().post("/api/v1/cases/" + caseId + "/assignments").then().statusCode(200);
            return worker;
        }

        /** An intake of Ba Đình; with the hotline's own reference when the hotline sends it. */
        private Map<String, Object> intake(boolean byHotline) {
            Map<String, Object> body = IntakeRequests.valid(BA_DINH, "Trẻ " + UUID.randomUUID());
            if (byHotline) {
                body.put("hotlineReference",
                        intakeBody == null ? reference : reference + "-" + SEQUENCE.incrementAndGet());
            }
            return body;
        }

        private static Map<String, Object> child(String name) {
            Map<String, Object> child = new HashMap<>();
            child.put("fullName", name);
            child.put("sex", "FEMALE");
            child.put("birthDate", "2016-05-01");
            child.put("residenceCommuneCode", BA_DINH);
            return child;
        }

        private String supportPlan() {
            CaseFixtures.transition(APPROVER, caseId, CaseFixtures.initialAssessment(false)).statusCode(200);
            CaseFixtures.transition(APPROVER, caseId, CaseFixtures.assessment()).statusCode(200);
            return CaseFixtures.draftPlan(APPROVER, caseId);
        }

        private String referral() {
            for (String subject : List.of("PARENT_OR_GUARDIAN", "CHILD")) {
                given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                        .body(Map.of("subject", subject, "purpose", "REFERRAL", "decision", "GIVEN"))
                        .when().post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201);
            }
            return given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                    .body(Map.of("targetType", "HEALTH_FACILITY", "targetName", "Bệnh viện Nhi Trung ương", "reason",
                            "Khám chấn thương"))
                    .when().post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract()
                    .path("id");
        }

        private static Map<String, Object> webhookBody() {
            return Map.of("url", "http://127.0.0.1:9/matrix", "secret", "matrix-secret-" + UUID.randomUUID());
        }

        private static String webhook() {
            return given().header("Authorization", HOTLINE).contentType(ContentType.JSON).body(webhookBody())
                    .when().post("/api/v1/hotline/webhooks").then().statusCode(201).extract().path("id");
        }

        /** The delivery of the fixture intake's status to the fixture webhook. */
        private String delivery() {
            return await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", HOTLINE)
                    .queryParam("intakeId", intakeId).when().get("/api/v1/hotline/deliveries").then().statusCode(200)
                    .extract().<String>path("items[0].id"), id -> id != null);
        }

        /** A one-row CSV file in the template's columns. */
        private static String importFile() {
            return "\uFEFFSTT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã xã/phường,Số định danh cá nhân,"
                    + "Nhóm hoàn cảnh đặc biệt,Họ tên người chăm sóc,Quan hệ với trẻ,Điện thoại người chăm sóc\r\n"
                    + "1,Nguyễn Thị Mai " + UUID.randomUUID() + ",01/02/2016,Nữ,Kinh," + BA_DINH + ",,,,,\r\n";
        }
    }
}
