package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearerFor;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.NGOC_HA;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.TestEvents;
import vn.treem.platform.testing.authz.AuthorizationMatrix;
import vn.treem.platform.testing.authz.Call;
import vn.treem.platform.testing.authz.MatrixFixture;
import vn.treem.platform.testing.authz.Operation;
import vn.treem.platform.testing.authz.Scope;

/**
 * The authorization matrix of reporting-service (issue #8): every operation of its OpenAPI document × every role inside
 * or outside the jurisdiction of a province plan of Hà Nội and the report Phường Ba Đình owes on it × no token, against
 * {@code src/test/resources/authorization-matrix.csv}. Inside is Hà Nội (01) for every role but the reporter, who
 * serves Ba Đình (00004); outside is Hồ Chí Minh City (79), and Ngọc Hà (00008) for the reporter. Unit parameters name
 * Ba Đình, which every inside caller reaches; the export job belongs to the matrix's analyst inside.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String HO_CHI_MINH_CITY = "79";
    static final String YEAR = "2095";
    static final String SHARE = "TL_TRE_HCDB_DUOC_TRO_GIUP";
    /** The analyst of Hà Nội who creates the export job: the matrix's own ANALYST inside, so that it may read it. */
    static final String ANALYST = bearerFor(AuthorizationMatrix.subject(Roles.ANALYST, Scope.INSIDE), HA_NOI,
            Roles.ANALYST);
    static final String REPORTER = bearerFor("matrix-fixture-reporter", BA_DINH, Roles.REPORTER);

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", Integer.parseInt(YEAR),
                Integer.parseInt(YEAR)).target(SHARE, "PERCENT");
        UUID task = plan.assign("NV01", "Công an xã");
        plan.reporting("UBND các xã, phường", "ANNUAL", "11-25");
        TestEvents.publish(planTopic, plan.issued());
        String report = ReportFixtures.awaitReportId(BA_DINH, YEAR);
        // The plan's progress facts are applied right after its reports, in a transaction of their own.
        await().atMost(ReportFixtures.PATIENCE).until(() -> given().header("Authorization", ANALYST).when()
                .get("/api/v1/plan-progress/" + plan.planId).statusCode() == 200);

        AuthorizationMatrix.Report run = AuthorizationMatrix.verify(new Fixture(plan.planId.toString(), report, task));
        assertThat(run.operations()).isGreaterThanOrEqualTo(19);
        assertThat(run.cells()).isEqualTo(run.operations() * AuthorizationMatrix.callers().size());
    }

    /** The plan, its report, and an export job of Hà Nội made by an analyst of Hà Nội. */
    record Fixture(String plan, String report, UUID task, String exportJob) implements MatrixFixture {

        Fixture(String plan, String report, UUID task) {
            this(plan, report, task, given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                    .body(Map.of("kind", "CONSOLIDATED_CSV", "unit", HA_NOI, "period", YEAR))
                    .when().post("/api/v1/export-jobs").then().statusCode(202).extract().path("id"));
        }

        @Override
        public String unit(String role, Scope scope) {
            if (Roles.REPORTER.equals(role)) {
                return scope == Scope.INSIDE ? BA_DINH : NGOC_HA;
            }
            return scope == Scope.INSIDE ? HA_NOI : HO_CHI_MINH_CITY;
        }

        @Override
        public Call call(Operation operation, String role, Scope scope) {
            Call call = Call.of().path("id", operation.path().startsWith("/api/v1/export-jobs") ? exportJob : report)
                    .path("planId", plan);
            return switch (operation.key()) {
                case "GET /api/v1/reports", "GET /api/v1/report-schedules/completeness",
                        "GET /api/v1/exports/consolidated.xlsx", "GET /api/v1/exports/consolidated.csv" ->
                    call
                            .query("unit", BA_DINH).query("period", YEAR);
                case "GET /api/v1/exports/summary.pdf" -> call.query("unit", BA_DINH).query("period", YEAR)
                        .query("indicator", "INTAKES_RECEIVED");
                case "GET /api/v1/exports/charts/trend.svg", "GET /api/v1/exports/charts/trend.png" -> call
                        .query("indicator", "INTAKES_RECEIVED").query("unit", BA_DINH).query("year", YEAR);
                case "GET /api/v1/indicator-values" -> call.query("indicator", "INTAKES_RECEIVED")
                        .query("unit", BA_DINH).query("period", YEAR);
                case "PUT /api/v1/reports/{id}" -> call.json(Map.of("progress", List.of(Map.of("assignmentId",
                        task.toString(), "status", "IN_PROGRESS", "narrative", "Đã tập huấn"))))
                        .ifMatch(this::reportEtag);
                case "POST /api/v1/reports/{id}/submission" -> call.ifMatch(this::reportEtag);
                case "POST /api/v1/reports/{id}/decision" -> call
                        .json(Map.of("accept", false, "comment", "Đề nghị rà soát số liệu")).ifMatch(this::reportEtag);
                case "POST /api/v1/indicators" -> call.json(Map.of("code",
                        "MATRIX_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(),
                        "nameVi", "Số trẻ em bị tử vong do đuối nước", "nameEn", "Children who drowned", "unit",
                        "count", "numerator", "children who drowned", "periodTypes", List.of("YEAR"), "leadAgency",
                        "Sở Y tế"));
                case "POST /api/v1/export-jobs" -> call.json(Map.of("kind", "CONSOLIDATED_CSV", "unit", BA_DINH,
                        "period", YEAR));
                default -> call;
            };
        }

        private String reportEtag() {
            return given().header("Authorization", REPORTER).when().get("/api/v1/reports/" + report).then()
                    .statusCode(200).extract().header("ETag");
        }
    }
}
