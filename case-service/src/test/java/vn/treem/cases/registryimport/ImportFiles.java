package vn.treem.cases.registryimport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.restassured.response.Response;

/** Registry files for tests, written as a commune officer's spreadsheet would be, and the upload-and-wait steps. */
final class ImportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Phường Hoàn Kiếm, Hà Nội: no other test class writes children there. */
    static final String HOAN_KIEM = "00070";
    /** Phường Cửa Nam, Hà Nội: next door, outside a Hoàn Kiếm worker's jurisdiction. */
    static final String CUA_NAM = "00082";
    static final String HA_NOI = "01";
    private static final AtomicInteger SERIAL = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private ImportFiles() {
    }

    /** A personal ID number registered in Hà Nội for a child of {@code sex} born in {@code year}. */
    static String idNumber(boolean male, int year) {
        int centuryAndSex = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
        return "001" + centuryAndSex + String.valueOf(year).substring(2) + String.format("%06d",
                SERIAL.incrementAndGet());
    }

    static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String cell : row) {
                String value = cell == null ? "" : cell;
                fields.add(value.contains(",") || value.contains("\"")
                        ? "\"" + value.replace("\"", "\"\"") + "\""
                        : value);
            }
            out.append(String.join(",", fields)).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The same rows as a workbook; birth dates (cells like 01/05/2016) become date cells and ID numbers numbers, as
     * Excel makes them when someone types them in — leading zero lost.
     */
    static byte[] xlsx(List<List<String>> rows, int birthColumn, int idColumn) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    var day = RegistryValues.date(value);
                    if (r > 0 && c == birthColumn && day.isPresent()) {
                        cell.setCellValue(day.get());
                        cell.setCellStyle(date);
                    } else if (r > 0 && c == idColumn && value.matches("\\d{12}")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response upload(String auth, byte[] file, String contentType) {
        return given().header("Authorization", auth).contentType(contentType).body(file)
                .queryParam("fileName", "danh-sach.csv").when().post("/api/v1/child-imports");
    }

    static Response upload(String auth, String csv) {
        return upload(auth, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    /** Waits until the job has ended and returns it. */
    static Response finished(String auth, String jobId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = given().header("Authorization", auth).when().get("/api/v1/child-imports/" + jobId)
                    .then().statusCode(200).extract().path("status");
            return "DONE".equals(status) || "FAILED".equals(status);
        });
        return given().header("Authorization", auth).when().get("/api/v1/child-imports/" + jobId);
    }

    static String date(LocalDate day) {
        return RegistryValues.DATE.format(day);
    }
}
