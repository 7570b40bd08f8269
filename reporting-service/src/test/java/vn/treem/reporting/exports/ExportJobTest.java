package vn.treem.reporting.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearerFor;
import static vn.treem.reporting.exports.ExportFixtures.HA_NOI;
import static vn.treem.reporting.exports.ExportFixtures.HO_CHI_MINH;
import static vn.treem.reporting.exports.ExportFixtures.PERIOD;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Long exports as background jobs: queued, run to DONE with progress 100, downloaded; visible to their creator only.
 */
@QuarkusTest
class ExportJobTest {

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @BeforeEach
    void events() {
        ExportFixtures.ensurePublished(caseTopic);
    }

    @Test
    void aJobRunsToDoneWithFullProgressAndItsWorkbookDownloads() throws Exception {
        String analyst = bearerFor("export-analyst-" + UUID.randomUUID(), HA_NOI, "ANALYST");
        String location = create(analyst, "CONSOLIDATED_XLSX", HA_NOI, "Idem-" + UUID.randomUUID())
                .then().statusCode(202).body("status", equalTo("QUEUED")).extract().header("Location");
        assertThat(location).contains("/api/v1/export-jobs/");
        String path = location.substring(location.indexOf("/api/v1/"));

        awaitDone(analyst, path);
        given().header("Authorization", analyst).when().get(path)
                .then().statusCode(200).body("progress", equalTo(100))
                .body("fileName", equalTo("tong-hop-01-2025Q4.xlsx"));
        byte[] xlsx = given().header("Authorization", analyst).when().get(path + "/file")
                .then().statusCode(200).contentType(ExportResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = ExportConsolidatedTest.row(sheet, HA_NOI).orElseThrow();
            assertThat(total.getCell(ExportConsolidatedTest.column(sheet.getRow(1), ExportConsolidatedTest.INTAKES))
                    .getNumericCellValue()).isEqualTo(9);
        }
    }

    @Test
    void aPdfJobProducesTheSummary() throws Exception {
        String approver = bearerFor("export-approver-" + UUID.randomUUID(), "VN", "REPORT_APPROVER");
        String location = create(approver, "SUMMARY_PDF", HA_NOI, null).then().statusCode(202).extract()
                .header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        awaitDone(approver, path);
        byte[] pdf = given().header("Authorization", approver).when().get(path + "/file")
                .then().statusCode(200).contentType(ExportResource.PDF).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Tóm tắt số liệu về trẻ em");
        }
    }

    @Test
    void anotherUsersJobIsNotFound() {
        String owner = bearerFor("export-owner-" + UUID.randomUUID(), HA_NOI, "PLANNER");
        String location = create(owner, "CONSOLIDATED_CSV", HA_NOI, null).then().statusCode(202).extract()
                .header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        String colleague = bearerFor("export-colleague-" + UUID.randomUUID(), HA_NOI, "PLANNER");
        given().header("Authorization", colleague).when().get(path).then().statusCode(404);
        given().header("Authorization", colleague).when().get(path + "/file").then().statusCode(404);
        awaitDone(owner, path);
        given().header("Authorization", owner).when().get(path + "/file").then().statusCode(200);
    }

    @Test
    void aJobOutsideTheCallersProvinceIsRefusedAndAnInvalidOneReported() {
        String analyst = bearerFor("export-hcm-" + UUID.randomUUID(), HO_CHI_MINH, "ANALYST");
        create(analyst, "CONSOLIDATED_XLSX", HA_NOI, null).then().statusCode(403);
        given().header("Authorization", analyst).contentType(ContentType.JSON).body("{\"unit\": \"79\"}")
                .when().post("/api/v1/export-jobs")
                .then().statusCode(400).body("errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("kind", "period"));
    }

    @Test
    void aJobStrandedByAProcessThatDiedIsQueuedAgainAndFinishedAndGivenUpAfterThreeAttempts() {
        String analyst = bearerFor("export-restart-" + UUID.randomUUID(), HA_NOI, "ANALYST");
        String first = path(create(analyst, "CONSOLIDATED_CSV", HA_NOI, null).then().statusCode(202));
        String second = path(create(analyst, "CONSOLIDATED_CSV", HA_NOI, null).then().statusCode(202));
        awaitDone(analyst, first);
        awaitDone(analyst, second);

        // As a process that died while running them would leave them: RUNNING, no heartbeat for an hour, no file.
        strand(first, 1);
        strand(second, ExportJobService.MAX_ATTEMPTS);

        awaitDone(analyst, first);
        given().header("Authorization", analyst).when().get(first).then().statusCode(200)
                .body("progress", equalTo(100));
        given().header("Authorization", analyst).when().get(first + "/file").then().statusCode(200);
        assertThat(attempts(first)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(given()
                .header("Authorization", analyst).when().get(second).then().extract().path("status")));
        given().header("Authorization", analyst).when().get(second + "/file").then().statusCode(409);
    }

    private void strand(String path, int attempts) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update export_job set status = 'RUNNING', progress = 40, content = null, file_name = null,
                       finished_at = null, heartbeat_at = now() - interval '1 hour', attempts = ?1
                where id = ?2""").setParameter(1, attempts).setParameter(2, UUID.fromString(id(path)))
                .executeUpdate());
    }

    private int attempts(String path) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select attempts from export_job where id = ?1")
                .setParameter(1, UUID.fromString(id(path))).getSingleResult()).intValue());
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String path(io.restassured.response.ValidatableResponse created) {
        String location = created.extract().header("Location");
        return location.substring(location.indexOf("/api/v1/"));
    }

    private static Response create(String authorization, String kind, String unit, String idempotencyKey) {
        var request = given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"unit\": \"" + unit + "\", \"period\": \"" + PERIOD + "\"}");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/export-jobs");
    }

    private static void awaitDone(String authorization, String path) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    String status = given().header("Authorization", authorization).when().get(path)
                            .then().statusCode(200).extract().path("status");
                    assertThat(status).isNotEqualTo("FAILED");
                    return "DONE".equals(status);
                });
    }
}
