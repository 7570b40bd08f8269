package vn.treem.cases.registryimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of a CSV or .xlsx file one at a time, never holding the file in memory: Apache Commons CSV over a
 * UTF-8 reader, and Apache POI's SAX reader for the first sheet of a workbook (shared strings are kept in memory, the
 * sheet is streamed). Rows are numbered as a spreadsheet shows them (1 = the first line); blank rows are skipped.
 */
public final class SpreadsheetRows {

    /** Receives each non-blank row: its number and its cells as text (blank cells are empty strings). */
    @FunctionalInterface
    public interface RowHandler {

        /** Returns false to stop reading. */
        boolean row(int number, List<String> cells);
    }

    private static final char BOM = '\uFEFF';

    private SpreadsheetRows() {
    }

    public static void read(Path file, ImportFormat format, RowHandler handler) throws IOException {
        if (format == ImportFormat.CSV) {
            readCsv(file, handler);
        } else {
            readXlsx(file, handler);
        }
    }

    /** Comma-separated unless the first line has more semicolons than commas (Excel in some locales). */
    static char delimiter(Path file) throws IOException {
        try (BufferedReader reader = reader(file)) {
            String first = reader.readLine();
            if (first == null) {
                return ',';
            }
            long commas = first.chars().filter(c -> c == ',').count();
            long semicolons = first.chars().filter(c -> c == ';').count();
            return semicolons > commas ? ';' : ',';
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        Reader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        BufferedReader reader = new BufferedReader(decoded, 1 << 16);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(file)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (BufferedReader reader = reader(file); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (blank(cells)) {
                    continue;
                }
                if (!handler.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readXlsx(Path file, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader workbook = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = workbook.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(handler),
                        new PlainDataFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the handler asked to stop
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            if (e instanceof SAXException sax && sax.getCause() instanceof StopReading) {
                return;
            }
            throw new IOException("not a readable .xlsx workbook", e);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("not a readable .xlsx workbook", e);
        }
    }

    static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Thrown through POI's SAX parser to stop reading early. */
    private static final class StopReading extends RuntimeException {

        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private String[] cells = new String[16];
        private int width;

        SheetRows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, width, null);
            width = 0;
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                row.add(cells[i] == null ? "" : cells[i]);
            }
            if (!blank(row) && !handler.row(rowNum + 1, row)) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= 200) {
                return;
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }
    }

    /**
     * Numbers as plain digits (a 12-digit ID number stored as a number is not shown as 1.2E+11) and dates as
     * yyyy-MM-dd, whatever the cell's display format.
     */
    static final class PlainDataFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
