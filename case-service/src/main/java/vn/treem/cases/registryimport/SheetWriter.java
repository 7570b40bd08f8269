package vn.treem.cases.registryimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row as CSV or .xlsx without holding it in memory. CSV follows the project's export rules
 * (docs/exports.md): UTF-8 with a byte-order mark, comma-separated, CRLF, and a field starting with = + - @ prefixed
 * with ' so that Excel runs no formula (the importer removes that '). The workbook is written with SXSSF (100 rows in
 * memory, the rest in a compressed temporary file), header bold and frozen, dates as date cells (dd/mm/yyyy).
 */
public abstract class SheetWriter implements AutoCloseable {

    public static SheetWriter of(ImportFormat format, OutputStream out, String sheetName) throws IOException {
        return format == ImportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    public abstract void header(List<String> headings) throws IOException;

    /** A row of text cells, {@link LocalDate}s or nulls (empty cells). */
    public abstract void row(List<?> cells);

    @Override
    public abstract void close() throws IOException;

    /** A field as written to CSV: a leading = + - @ is guarded with '. */
    static String guarded(String field) {
        return !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    private static final class Csv extends SheetWriter {

        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        }

        @Override
        public void header(List<String> headings) throws IOException {
            printer.printRecord(headings);
        }

        @Override
        public void row(List<?> cells) {
            try {
                for (Object cell : cells) {
                    printer.print(cell == null
                            ? ""
                            : cell instanceof LocalDate date
                                    ? RegistryValues.DATE.format(date)
                                    : guarded(cell.toString()));
                }
                printer.println();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }
    }

    private static final class Xlsx extends SheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final SXSSFSheet sheet;
        private final CellStyle date;
        private final CellStyle text;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        @Override
        public void header(List<String> headings) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(255, Math.max(12, headings.get(i).length() + 4)) * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(text);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
