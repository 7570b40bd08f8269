package vn.treem.cases.registryimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.treem.cases.registryimport.ImportFiles.CUA_NAM;
import static vn.treem.cases.registryimport.ImportFiles.HOAN_KIEM;
import static vn.treem.cases.registryimport.ImportFiles.XLSX;
import static vn.treem.cases.registryimport.ImportFiles.csv;
import static vn.treem.cases.registryimport.ImportFiles.finished;
import static vn.treem.cases.registryimport.ImportFiles.idNumber;
import static vn.treem.cases.registryimport.ImportFiles.upload;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/**
 * Bulk import of child records (issue #6): a file with planted errors as CSV and .xlsx, duplicates within the file and
 * against the registry, the same file twice, the events, the problem answers to bad uploads, roles and jurisdiction.
 */
@QuarkusTest
class ChildImportTest {

    static final String WORKER = bearerFor("import-worker", HOAN_KIEM, "CASE_WORKER");
    static final String OTHER_WORKER = bearerFor("import-other-worker", HOAN_KIEM, "CASE_WORKER");
    static final String APPROVER = bearerFor("import-approver", HOAN_KIEM, "CASE_APPROVER");
    static final List<String> HEADER = List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
            "Mã xã/phường", "Số định danh cá nhân", "Nhóm hoàn cảnh đặc biệt", "Họ tên người chăm sóc",
            "Quan hệ với trẻ", "Điện thoại người chăm sóc");

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    /** A file with one planted error per row, and the rows expected of it (by row number: code). */
    record Planted(List<List<String>> rows, String firstName, String secondName, String registeredChildId) {
    }

    private Planted planted(String tag) {
        String first = "Nguyễn Văn An " + tag;
        String second = "Lò Thị Mai " + tag;
        String registeredId = idNumber(true, 2015);
        String registeredChild = given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Đã Có Trong Sổ " + tag, "sex", "MALE", "birthDate", "2015-03-02",
                        "personalIdNumber", registeredId, "residenceCommuneCode", HOAN_KIEM))
                .queryParam("confirmNew", true).when().post("/api/v1/children")
                .then().statusCode(201).extract().path("id");
        String future = ImportFiles.date(LocalDate.now().plusDays(3));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("1", first, "01/05/2016", "Nam", "Kinh", HOAN_KIEM, idNumber(true, 2016), "G04; G09",
                "Nguyễn Thị Hoa", "Mẹ", "0912345678")); // 2: imported
        rows.add(row("2", "Trần Văn Bình " + tag, "02/06/2016", "Nam", "Kinh", HOAN_KIEM,
                idNumber(true, 2015), "", "", "", "")); // 3: ID says born 2015
        rows.add(row("3", "Phạm Thu " + tag, "03/07/2017", "Nữ", "", "99999", "", "", "", "", "")); // 4: no commune
        rows.add(row("4", "Đỗ Minh " + tag, future, "Nam", "", HOAN_KIEM, "", "", "", "", "")); // 5: future birth
        rows.add(row("5", "nguyen van an " + tag, "01/05/2016", "nam", "", HOAN_KIEM, "", "", "", "", "")); // 6: = 2
        rows.add(row("6", "Hoàng Đã Có " + tag, "02/03/2015", "Nam", "", HOAN_KIEM, registeredId, "", "", "",
                "")); // 7: registered
        rows.add(row("7", "Vũ Hạnh " + tag, "04/08/2014", "Nữ", "Tày", HOAN_KIEM, "", "G15", "", "", "")); // 8
        rows.add(row("8", "Bùi Lan " + tag, "05/09/2013", "Nữ", "", CUA_NAM, "", "", "", "", "")); // 9: elsewhere
        rows.add(row("9", second, "2012-10-06", "Nữ", "08", HOAN_KIEM, "", "", "", "", "")); // 10: imported
        rows.add(row("", "", "", "", "", "", "", "", "", "", "")); // 11: blank, skipped
        rows.add(row("10", "Lý Văn Tú " + tag, "07/11/2014", "Nam", "", HOAN_KIEM, "12345", "", "", "", "")); // 12
        return new Planted(rows, first, second, registeredChild);
    }

    private static List<String> row(String... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static final Map<Integer, String> EXPECTED = Map.of(3, "ID_BIRTH_YEAR_MISMATCH", 4, "UNKNOWN_UNIT", 5,
            "IN_FUTURE", 6, "DUPLICATE_IN_FILE", 7, "REGISTERED_SAME_ID", 8, "UNKNOWN_GROUP", 9,
            "OUTSIDE_JURISDICTION", 12, "ID_FORMAT");

    private static Map<Integer, String> codesByRow(JsonPath report) {
        Map<Integer, String> codes = new HashMap<>();
        List<Map<String, Object>> items = report.getList("items");
        items.forEach(i -> codes.putIfAbsent((Integer) i.get("row"), (String) i.get("code")));
        return codes;
    }

    private void assertPlantedOutcome(Planted file, Response job) {
        job.then().statusCode(200).body("status", equalTo("DONE")).body("rowsRead", equalTo(10))
                .body("rowsValid", equalTo(4)).body("rowsImported", equalTo(2)).body("rowsDuplicate", equalTo(2))
                .body("rowsInvalid", equalTo(6));
        JsonPath report = given().header("Authorization", WORKER)
                .when().get("/api/v1/child-imports/" + job.path("id") + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertThat(codesByRow(report)).isEqualTo(EXPECTED);
        Map<String, Object> registered = report.<Map<String, Object>>getList("items").stream()
                .filter(i -> i.get("row").equals(7)).findFirst().orElseThrow();
        assertThat(registered).containsEntry("kind", "DUPLICATE").containsEntry("field", "personalIdNumber")
                .containsEntry("childId", file.registeredChildId());
        Map<String, Object> inFile = report.<Map<String, Object>>getList("items").stream()
                .filter(i -> i.get("row").equals(6)).findFirst().orElseThrow();
        assertThat((String) inFile.get("message")).contains("dòng 2");
        given().header("Authorization", WORKER).queryParam("name", file.firstName())
                .when().get("/api/v1/children").then().statusCode(200).body("items.size()", equalTo(1));
        given().header("Authorization", WORKER).queryParam("name", file.secondName())
                .when().get("/api/v1/children").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aCsvFileWithPlantedErrorsImportsTheValidRowsAndReportsEveryOther() {
        Planted file = planted(tag());

        Response accepted = upload(WORKER, csv(file.rows()));

        accepted.then().statusCode(202).body("status", equalTo("QUEUED")).body("format", equalTo("CSV"))
                .body("ignoredColumns", hasItem("STT"));
        assertThat(accepted.header("Location")).endsWith("/api/v1/child-imports/" + accepted.path("id"));
        assertPlantedOutcome(file, finished(WORKER, accepted.path("id")));
    }

    @Test
    void anXlsxFileWithPlantedErrorsGivesTheSameReport() {
        Planted file = planted(tag());

        Response accepted = upload(WORKER, ImportFiles.xlsx(file.rows(), 2, 6), XLSX);

        accepted.then().statusCode(202).body("format", equalTo("XLSX"));
        assertPlantedOutcome(file, finished(WORKER, accepted.path("id")));
    }

    @Test
    void theImportedChildHasTheFileDataAndIsAnnouncedWithoutPersonalData() {
        String tag = tag();
        String name = "Sùng Thị Mỷ " + tag;
        String id = idNumber(false, 2016);
        String csv = csv(List.of(HEADER, row("1", name, "01/05/2016", "Nữ", "Mông", HOAN_KIEM, id, "G04", "Sùng A Páo",
                "Cha", "0987654321")));

        String job = upload(WORKER, csv).then().statusCode(202).extract().path("id");
        finished(WORKER, job).then().body("rowsImported", equalTo(1));

        String childId = given().header("Authorization", WORKER).queryParam("personalIdNumber", id)
                .when().get("/api/v1/children").then().statusCode(200).extract().path("items[0].id");
        given().header("Authorization", WORKER).when().get("/api/v1/children/" + childId).then().statusCode(200)
                .body("fullName", equalTo(name)).body("sex", equalTo("FEMALE"))
                .body("birthDate", equalTo("2016-05-01")).body("ethnicity", equalTo("08"))
                .body("residenceCommuneCode", equalTo(HOAN_KIEM)).body("groups[0].code", equalTo("G04"))
                .body("caregivers[0].fullName", equalTo("Sùng A Páo"))
                .body("caregivers[0].relationship", equalTo("FATHER"))
                .body("caregivers[0].phone", equalTo("0987654321"));
        given().header("Authorization", APPROVER).when().get("/api/v1/children/" + childId + "/access-log")
                .then().statusCode(200).body("action", hasItem("IMPORT"));

        List<CloudEvent> events = TestEvents.await(topic, e -> childId.equals(e.getSubject()), 1,
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        CloudEvent registered = events.get(0);
        assertThat(registered.getType()).isEqualTo("vn.treem.case.child.registered.v1");
        var data = CloudEventCodec.data(registered);
        assertThat(data.path("residenceCommuneCode").asText()).isEqualTo(HOAN_KIEM);
        assertThat(data.path("residenceProvinceCode").asText()).isEqualTo("01");
        assertThat(data.path("sex").asText()).isEqualTo("FEMALE");
        assertThat(data.path("groups").get(0).path("code").asText()).isEqualTo("G04");
        assertThat(CloudEventCodec.serializeToString(registered)).doesNotContain("Sùng").doesNotContain(id)
                .doesNotContain("0987654321").doesNotContain("2016-05-01");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        Planted file = planted(tag());
        String csv = csv(file.rows());
        String first = upload(WORKER, csv).then().statusCode(202).extract().path("id");
        finished(WORKER, first).then().body("rowsImported", equalTo(2));
        int children = childrenOfHoanKiem();

        String second = upload(WORKER, csv).then().statusCode(202).extract().path("id");

        finished(WORKER, second).then().body("status", equalTo("DONE")).body("rowsImported", equalTo(0))
                .body("rowsDuplicate", equalTo(4)).body("rowsInvalid", equalTo(6))
                .body("sameFileAs", equalTo(first));
        assertThat(childrenOfHoanKiem()).isEqualTo(children);
        Map<Integer, String> codes = codesByRow(given().header("Authorization", WORKER)
                .when().get("/api/v1/child-imports/" + second + "/report").then().extract().jsonPath());
        assertThat(codes).containsEntry(2, "REGISTERED_SAME_ID").containsEntry(10, "REGISTERED_SAME_NAME")
                .containsEntry(6, "DUPLICATE_IN_FILE");
    }

    @Test
    void anExportedCommuneReimportsAsAllPresent() {
        Planted file = planted(tag());
        finished(WORKER, upload(WORKER, csv(file.rows())).path("id")).then().body("rowsImported", equalTo(2));
        int children = childrenOfHoanKiem();

        for (String format : List.of("csv", "xlsx")) {
            Response export = given().header("Authorization", WORKER).queryParam("unit", HOAN_KIEM)
                    .queryParam("format", format).when().get("/api/v1/child-exports");
            export.then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(format));
            byte[] exported = export.asByteArray();
            String type = format.equals("csv") ? "text/csv" : XLSX;

            String job = upload(WORKER, exported, type).then().statusCode(202).extract().path("id");

            finished(WORKER, job).then().body("status", equalTo("DONE")).body("rowsRead", equalTo(children))
                    .body("rowsImported", equalTo(0)).body("rowsInvalid", equalTo(0))
                    .body("rowsDuplicate", equalTo(children));
            Set<String> codes = given().header("Authorization", WORKER).queryParam("limit", 1000)
                    .when().get("/api/v1/child-imports/" + job + "/report").then().extract().jsonPath()
                    .<Map<String, Object>>getList("items").stream().map(i -> (String) i.get("code"))
                    .collect(Collectors.toSet());
            assertThat(codes).containsExactly("REGISTERED_SAME_RECORD");
        }
        assertThat(childrenOfHoanKiem()).isEqualTo(children);
    }

    @Test
    void anExportIsReadableAndRecordedInTheAccessLog() throws Exception {
        String tag = tag();
        String name = "Hà Thị Xuân " + tag;
        String csv = csv(List.of(HEADER, row("1", name, "09/09/2019", "Nữ", "Kinh", HOAN_KIEM, "", "G01", "", "",
                "")));
        finished(WORKER, upload(WORKER, csv).path("id")).then().body("rowsImported", equalTo(1));

        byte[] xlsx = given().header("Authorization", WORKER).header("Accept-Language", "en")
                .queryParam("unit", HOAN_KIEM).when().get("/api/v1/child-exports")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Full name");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (name.equals(row.getCell(1).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.of(2019, 9, 9));
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Female");
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("G01");
                    String childId = row.getCell(0).getStringCellValue();
                    given().header("Authorization", APPROVER).when().get("/api/v1/children/" + childId
                            + "/access-log").then().statusCode(200).body("action", hasItem("EXPORT"));
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void badUploadsAreProblemsAndCreateNoJob() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", WORKER).contentType("text/csv").body(new byte[0])
                .when().post("/api/v1/child-imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("EMPTY"));
        given().header("Authorization", WORKER).contentType("application/pdf").body("%PDF-1.4".getBytes())
                .when().post("/api/v1/child-imports").then().statusCode(415)
                .contentType("application/problem+json").body("allowed", hasItem("text/csv"));
        given().header("Authorization", WORKER).contentType(XLSX).body(csv(List.of(HEADER)).getBytes())
                .when().post("/api/v1/child-imports").then().statusCode(400)
                .body("errors[0].code", equalTo("CONTENT_NOT_OF_TYPE"));
        given().header("Authorization", WORKER).contentType("application/vnd.ms-excel")
                .body(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                        (byte) 0xE1})
                .when().post("/api/v1/child-imports").then().statusCode(400)
                .body("errors[0].code", equalTo("XLS_NOT_SUPPORTED"));
        given().header("Authorization", WORKER).contentType("text/csv")
                .body("Họ và tên,Ngày sinh,Giới tính,Mã xã/phường\nTr\u1EA7n".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/child-imports").then().statusCode(400)
                .body("errors[0].code", equalTo("NOT_UTF8"));
        given().header("Authorization", WORKER).header("Accept-Language", "en").contentType("text/csv")
                .body("Họ và tên,Ngày sinh,Dân tộc\nAn,01/01/2016,Kinh\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/child-imports").then().statusCode(400)
                .body("errors.code", hasItem("MISSING_COLUMN"))
                .body("errors.message", hasItem("Column \"Giới tính / Sex\" is missing"));
        byte[] big = (csv(List.of(HEADER)) + "x".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", WORKER).header(IdempotencyHeader.NAME, key).contentType("text/csv")
                .body(big).when().post("/api/v1/child-imports").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/payload-too-large"));
        // nothing was recorded for the key: the same key now starts a job
        given().header("Authorization", WORKER).header(IdempotencyHeader.NAME, key).contentType("text/csv")
                .body(csv(List.of(HEADER)).getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/child-imports")
                .then().statusCode(202);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstJob() {
        String csv = csv(List.of(HEADER, row("1", "Mã Văn Tiến " + tag(), "01/02/2017", "Nam", "", HOAN_KIEM, "", "",
                "", "", "")));
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", WORKER).header(IdempotencyHeader.NAME, key)
                .contentType("text/csv").body(file).when().post("/api/v1/child-imports")
                .then().statusCode(202).extract().path("id");

        given().header("Authorization", WORKER).header(IdempotencyHeader.NAME, key).contentType("text/csv").body(file)
                .when().post("/api/v1/child-imports").then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        finished(WORKER, first).then().body("rowsImported", equalTo(1));
    }

    @Test
    void aFormUploadIsAcceptedLikeARawBody() {
        String csv = csv(List.of(HEADER, row("1", "Lê Thị Hồng " + tag(), "01/02/2018", "Nữ", "", HOAN_KIEM, "", "",
                "", "", "")));

        String job = given().header("Authorization", WORKER)
                .multiPart("file", "danh-sach.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/child-imports").then().statusCode(202)
                .body("fileName", equalTo("danh-sach.csv")).extract().path("id");

        finished(WORKER, job).then().body("rowsImported", equalTo(1));
    }

    @Test
    void rolesAndJurisdictionAreChecked() {
        String csv = csv(List.of(HEADER));
        upload(bearerFor("import-analyst", HOAN_KIEM, "ANALYST"), csv).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        upload(bearerFor("import-hotline", "VN", "HOTLINE"), csv).then().statusCode(403);
        String job = upload(WORKER, csv).then().statusCode(202).extract().path("id");
        finished(WORKER, job);
        given().header("Authorization", OTHER_WORKER).when().get("/api/v1/child-imports/" + job)
                .then().statusCode(404);
        given().header("Authorization", OTHER_WORKER).when().get("/api/v1/child-imports/" + job + "/report")
                .then().statusCode(404);

        given().header("Authorization", WORKER).queryParam("unit", CUA_NAM).when().get("/api/v1/child-exports")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearerFor("import-admin", "VN", "ADMIN")).queryParam("unit", HOAN_KIEM)
                .when().get("/api/v1/child-exports").then().statusCode(403);
        given().header("Authorization", WORKER).queryParam("unit", HOAN_KIEM).queryParam("format", "pdf")
                .when().get("/api/v1/child-exports").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void theReportIsAlsoASpreadsheetInTheCallersLanguage() throws Exception {
        Planted file = planted(tag());
        String job = upload(WORKER, csv(file.rows())).path("id");
        finished(WORKER, job);

        String report = given().header("Authorization", WORKER).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/api/v1/child-imports/" + job + "/report")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(report).startsWith("\uFEFFRow,Kind,Column,Code,Reason")
                .contains("3,Invalid,Personal ID number,ID_BIRTH_YEAR_MISMATCH");
        byte[] xlsx = given().header("Authorization", WORKER).queryParam("format", "xlsx")
                .when().get("/api/v1/child-imports/" + job + "/report").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dòng");
            assertThat(sheet.getLastRowNum()).isEqualTo(EXPECTED.size());
        }
    }

    @Test
    void theTemplateHasTheHeadingsInTheCallersLanguage() throws Exception {
        byte[] xlsx = given().header("Authorization", WORKER).when().get("/api/v1/child-imports/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Số định danh cá nhân");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
        String csv = given().header("Authorization", WORKER).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/api/v1/child-imports/template")
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFFTreem child id,Full name,Birth date,Sex,");
        // the template itself imports (no rows)
        String job = upload(WORKER, csv).then().statusCode(202).extract().path("id");
        finished(WORKER, job).then().body("status", equalTo("DONE")).body("rowsRead", equalTo(0));
    }

    @Test
    void sensitiveChildrenAreExportedOnlyToApprovers() {
        String worker = bearerFor("import-cua-nam-worker", CUA_NAM, "CASE_WORKER");
        String approver = bearerFor("import-ha-noi-approver", ImportFiles.HA_NOI, "CASE_APPROVER");
        String name = "Trẻ Được Bảo Vệ " + tag();
        String csv = csv(List.of(HEADER, row("1", name, "03/03/2014", "Nữ", "", CUA_NAM, "", "G11", "", "", "")));
        finished(worker, upload(worker, csv).path("id")).then().body("rowsImported", equalTo(1));

        String seenByWorker = given().header("Authorization", worker).queryParam("unit", CUA_NAM)
                .queryParam("format", "csv").when().get("/api/v1/child-exports").then().statusCode(200).extract()
                .asString();
        String seenByApprover = given().header("Authorization", approver).queryParam("unit", CUA_NAM)
                .queryParam("format", "csv").when().get("/api/v1/child-exports").then().statusCode(200).extract()
                .asString();

        assertThat(seenByWorker).doesNotContain(name);
        assertThat(seenByApprover).contains(name).contains("G11");
    }

    private static int childrenOfHoanKiem() {
        byte[] csv = given().header("Authorization", WORKER).queryParam("unit", HOAN_KIEM).queryParam("format",
                "csv").when().get("/api/v1/child-exports").then().statusCode(200).extract().asByteArray();
        return (int) new String(csv, StandardCharsets.UTF_8).lines().count() - 1;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The Idempotency-Key header. */
    static final class IdempotencyHeader {

        static final String NAME = "Idempotency-Key";
    }
}
