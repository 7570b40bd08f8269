package vn.treem.reporting.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.exports.ExportFixtures.BA_DINH;
import static vn.treem.reporting.exports.ExportFixtures.HA_NOI;
import static vn.treem.reporting.exports.ExportFixtures.HO_CHI_MINH;
import static vn.treem.reporting.exports.ExportFixtures.NGOC_HA;
import static vn.treem.reporting.exports.ExportFixtures.PERIOD;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The consolidated report of Hà Nội for the last quarter of 2025 (a quarter no other test uses) as .xlsx and CSV, the
 * PDF summary and the trend charts, read back: the expected numbers in the right cells, "<5" in communes where a count
 * is 1 to 4, exact figures at province level, and access limited to the roles and units entitled to aggregates.
 */
@QuarkusTest
class ExportConsolidatedTest {

    static final String ABUSED = "Số trẻ em bị xâm hại";
    static final String INTAKES = "Số tin báo về trẻ em cần được bảo vệ đã tiếp nhận";
    static final String HELPED = "Số trẻ em bị xâm hại được can thiệp, hỗ trợ";
    static final String HELPED_SHARE = "Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ (%)";
    static final String MISSED = "Số vụ việc quá hạn xử lý";

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @BeforeEach
    void events() {
        ExportFixtures.ensurePublished(caseTopic);
    }

    @Test
    void theWorkbookHasCommunesAsRowsIndicatorsAsColumnsAndSuppressesSmallCountsBelowTheProvince() throws Exception {
        byte[] xlsx = download("/api/v1/exports/consolidated.xlsx", HA_NOI, PERIOD, bearer(HA_NOI, "ANALYST"),
                ExportResource.XLSX);
        sample("consolidated.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Hà Nội").contains("quý 4 năm 2025");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(1);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị hành chính");

            Row ngocHa = row(sheet, NGOC_HA).orElseThrow();
            // Ngọc Hà's 6 abused children and 5 helped are withheld (x): with Ba Đình's count hidden as <5, they and
            // the exact province total (9, 7) would give Ba Đình's 3 and 2 away.
            Cell abusedInNgocHa = ngocHa.getCell(column(header, ABUSED));
            assertThat(abusedInNgocHa.getStringCellValue()).isEqualTo("x");
            assertThat(abusedInNgocHa.getCellComment().getString().getString()).contains("ẩn bổ sung");
            assertThat(ngocHa.getCell(column(header, HELPED)).getStringCellValue()).isEqualTo("x");
            assertThat(ngocHa.getCell(column(header, HELPED_SHARE)).getNumericCellValue()).isEqualTo(0.833);
            assertThat(ngocHa.getCell(column(header, HELPED_SHARE)).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            Cell missedInNgocHa = ngocHa.getCell(column(header, MISSED));
            assertThat(missedInNgocHa.getCellType()).isEqualTo(CellType.STRING);
            assertThat(missedInNgocHa.getStringCellValue()).isEqualTo("<5");
            assertThat(missedInNgocHa.getCellComment()).isNotNull();

            Row baDinh = row(sheet, BA_DINH).orElseThrow();
            assertThat(baDinh.getCell(1).getStringCellValue()).isEqualTo("Phường Ba Đình");
            for (String heading : List.of(ABUSED, INTAKES, HELPED, HELPED_SHARE)) {
                assertThat(baDinh.getCell(column(header, heading)).getStringCellValue()).as(heading).isEqualTo("<5");
            }

            Row total = row(sheet, HA_NOI).orElseThrow();
            assertThat(total.getCell(1).getStringCellValue()).startsWith("Tổng cộng");
            assertThat(total.getCell(column(header, INTAKES)).getNumericCellValue()).isEqualTo(9);
            assertThat(total.getCell(column(header, ABUSED)).getNumericCellValue()).isEqualTo(9);
            assertThat(total.getCell(column(header, HELPED)).getNumericCellValue()).isEqualTo(7);
            assertThat(total.getCell(column(header, HELPED_SHARE)).getNumericCellValue()).isEqualTo(0.778);
            assertThat(total.getCell(column(header, MISSED)).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(total.getRowNum() + 2).getCell(0).getStringCellValue()).contains("<5");
            // Every other commune of Hà Nội is a row, with zeros.
            assertThat(total.getRowNum() - 2).isGreaterThan(100);
        }
    }

    @Test
    void aCommunesOwnExportIsSuppressedToo() throws Exception {
        byte[] xlsx = download("/api/v1/exports/consolidated.xlsx", BA_DINH, PERIOD, bearer(HA_NOI, "PLANNER"),
                ExportResource.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = row(sheet, BA_DINH).orElseThrow();
            assertThat(total.getRowNum()).isEqualTo(2);
            assertThat(total.getCell(column(sheet.getRow(1), ABUSED)).getStringCellValue()).isEqualTo("<5");
        }
    }

    @Test
    void theCsvIsUtf8WithBomAndShowsTheSameFigures() throws Exception {
        byte[] csv = download("/api/v1/exports/consolidated.csv", HA_NOI, PERIOD, bearer("VN", "REPORT_APPROVER"),
                "text/csv");
        sample("consolidated.csv", csv);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        List<String> header = fields(lines.get(0));
        assertThat(header.get(1)).isEqualTo("Đơn vị hành chính");
        List<String> ngocHa = line(lines, NGOC_HA);
        assertThat(ngocHa.get(header.indexOf(ABUSED))).isEqualTo("x");
        assertThat(ngocHa.get(header.indexOf(HELPED_SHARE))).isEqualTo("83.3");
        assertThat(ngocHa.get(header.indexOf(MISSED))).isEqualTo("<5");
        List<String> baDinh = line(lines, BA_DINH);
        assertThat(baDinh.get(header.indexOf(ABUSED))).isEqualTo("<5");
        assertThat(baDinh.get(header.indexOf(HELPED_SHARE))).isEqualTo("<5");
        List<String> total = line(lines, HA_NOI);
        assertThat(total.get(header.indexOf(INTAKES))).isEqualTo("9");
        assertThat(total.get(header.indexOf(HELPED_SHARE))).isEqualTo("77.8");
        assertThat(total.get(header.indexOf(MISSED))).isEqualTo("1");
        assertThat(lines.get(lines.size() - 2)).contains("<5");
    }

    @Test
    void thePdfSummaryCarriesTheVietnameseTitleAndTheFigures() throws Exception {
        byte[] pdf = given().header("Authorization", bearer(HA_NOI, "ADMIN")).queryParam("unit", HA_NOI)
                .queryParam("period", PERIOD).queryParam("indicator", "ABUSED_CHILDREN")
                .when().get("/api/v1/exports/summary.pdf")
                .then().statusCode(200).contentType(ExportResource.PDF).extract().asByteArray();
        sample("summary.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            sample("summary-page-1.png", page(document));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tóm tắt số liệu về trẻ em").contains("Hà Nội").contains(ABUSED);
            assertThat(text).containsPattern("Tổng cộng: [^\\n]*Hà Nội[^\\n]* 9");
            assertThat(text).containsPattern("Phường Ba Đình\\s+<5");
        }
    }

    @Test
    void theTrendChartIsWellFormedSvgWithTheSeriesAndAReadablePng() throws Exception {
        String svg = given().header("Authorization", bearer(HA_NOI, "ANALYST"))
                .queryParam("indicator", "ABUSED_CHILDREN")
                .queryParam("unit", HA_NOI).queryParam("year", "2025")
                .when().get("/api/v1/exports/charts/trend.svg")
                .then().statusCode(200).contentType(ExportResource.SVG).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains(ABUSED).contains("T11");

        byte[] png = given().header("Authorization", bearer(HA_NOI, "ANALYST"))
                .queryParam("indicator", "ABUSED_CHILDREN").queryParam("unit", HA_NOI).queryParam("year", "2025")
                .when().get("/api/v1/exports/charts/trend.png")
                .then().statusCode(200).contentType(ExportResource.PNG).extract().asByteArray();
        sample("trend.svg", svg.getBytes(StandardCharsets.UTF_8));
        sample("trend.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(TrendChart.WIDTH);
    }

    @Test
    void anAnalystOfAnotherProvinceAndRolesWithoutAggregatesAreRefused() {
        given().header("Authorization", bearer(HO_CHI_MINH, "ANALYST")).queryParam("unit", HA_NOI)
                .queryParam("period", PERIOD).when().get("/api/v1/exports/consolidated.xlsx")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearer(HO_CHI_MINH, "ANALYST")).queryParam("unit", HA_NOI)
                .queryParam("indicator", "ABUSED_CHILDREN").queryParam("year", "2025")
                .when().get("/api/v1/exports/charts/trend.svg").then().statusCode(403);
        given().header("Authorization", bearer(HA_NOI, "CASE_WORKER")).queryParam("unit", HA_NOI)
                .queryParam("period", PERIOD).when().get("/api/v1/exports/consolidated.csv")
                .then().statusCode(403);
        given().header("Authorization", bearer(HA_NOI, "REPORTER")).queryParam("unit", HA_NOI)
                .queryParam("period", PERIOD).when().get("/api/v1/exports/summary.pdf")
                .then().statusCode(403);
    }

    @Test
    void invalidParametersAreReportedTogether() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("period", "2026Q5")
                .when().get("/api/v1/exports/consolidated.xlsx")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("period", "unit"));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("unit", HA_NOI)
                .queryParam("indicator", "CHILD_POPULATION").queryParam("year", "26")
                .when().get("/api/v1/exports/charts/trend.png")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("indicator", "year"));
    }

    /** Keeps what a test downloaded under target/export-samples, for people to look at. */
    private static void sample(String name, byte[] content) throws java.io.IOException {
        java.nio.file.Path directory = java.nio.file.Path.of("target", "export-samples");
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Files.write(directory.resolve(name), content);
    }

    private static byte[] page(PDDocument document) throws java.io.IOException {
        BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] download(String path, String unit, String period, String authorization, String mediaType) {
        Response response = given().header("Authorization", authorization).queryParam("unit", unit)
                .queryParam("period", period).when().get(path);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(mediaType);
        assertThat(response.header("Content-Disposition")).contains("attachment");
        return response.asByteArray();
    }

    static Optional<Row> row(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 1 && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(code)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static int column(Row header, String heading) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    private static List<String> line(List<String> lines, String code) {
        return lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().map(ExportConsolidatedTest::fields)
                .orElseThrow();
    }

    /** The fields of one RFC 4180 line (no line breaks inside fields). */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
