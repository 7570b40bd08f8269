package vn.treem.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The consolidated report as an Excel workbook (one sheet): a title row, a header row of Vietnamese indicator names
 * (frozen, with the code and name columns), one row per sub-unit, a bold total row, then the small-count legend and the
 * source. Counts are numbers formatted {@code #,##0}; shares are fractions formatted {@code 0.0%} (50 % is 0.5); a
 * suppressed figure is the text {@code <5} with a note.
 */
final class ConsolidatedXlsx {

    /** Row indexes (0-based) of the layout, as tests and documentation refer to them. */
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    /** Columns before the indicators: code and name. */
    static final int FIRST_FIGURE_COLUMN = 2;

    private ConsolidatedXlsx() {
    }

    static byte[] write(ConsolidatedReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(workbook, report).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    private static final class Layout {

        private final XSSFWorkbook workbook;
        private final ConsolidatedReport report;
        private final XSSFSheet sheet;
        private final CreationHelper factory;
        private final Drawing<?> drawing;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle count;
        private final CellStyle share;
        private final CellStyle suppressed;
        private final CellStyle totalText;
        private final CellStyle totalCount;
        private final CellStyle totalShare;
        private final CellStyle totalSuppressed;
        private final CellStyle note;

        Layout(XSSFWorkbook workbook, ConsolidatedReport report) {
            this.workbook = workbook;
            this.report = report;
            this.sheet = workbook.createSheet("Tổng hợp " + report.period().code());
            this.factory = workbook.getCreationHelper();
            this.drawing = sheet.createDrawingPatriarch();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font small = workbook.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 9);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = bordered(bold, null);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(null, null);
            count = bordered(null, "#,##0");
            share = bordered(null, "0.0%");
            suppressed = bordered(null, null);
            suppressed.setAlignment(HorizontalAlignment.RIGHT);
            totalText = bordered(bold, null);
            totalCount = bordered(bold, "#,##0");
            totalShare = bordered(bold, "0.0%");
            totalSuppressed = bordered(bold, null);
            totalSuppressed.setAlignment(HorizontalAlignment.RIGHT);
            note = workbook.createCellStyle();
            note.setFont(small);
        }

        private CellStyle bordered(Font font, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }

        void write() {
            int lastColumn = FIRST_FIGURE_COLUMN + report.indicators().size() - 1;
            XSSFRow titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(24);
            cell(titleRow, 0, ExportTexts.title(report), title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastColumn));

            XSSFRow headerRow = sheet.createRow(HEADER_ROW);
            headerRow.setHeightInPoints(80);
            cell(headerRow, 0, ExportTexts.text("export.column.code"), header);
            cell(headerRow, 1, ExportTexts.text("export.column.unit"), header);
            for (int i = 0; i < report.indicators().size(); i++) {
                cell(headerRow, FIRST_FIGURE_COLUMN + i, ExportTexts.heading(report.indicators().get(i)), header);
                sheet.setColumnWidth(FIRST_FIGURE_COLUMN + i, 20 * 256);
            }
            sheet.setColumnWidth(0, 11 * 256);
            sheet.setColumnWidth(1, 36 * 256);

            int rowIndex = FIRST_DATA_ROW;
            for (ConsolidatedReport.Row row : report.rows()) {
                figures(sheet.createRow(rowIndex++), row.unit().code(), row.unit().name(), row.figures(), false);
            }
            figures(sheet.createRow(rowIndex++), report.unit().code(),
                    ExportTexts.text("export.total", report.unit().name()), report.total().figures(), true);

            rowIndex++;
            XSSFRow legend = sheet.createRow(rowIndex++);
            cell(legend, 0, ExportTexts.text("export.legend"), note);
            cell(sheet.createRow(rowIndex), 0, ExportTexts.source(report), note);

            sheet.createFreezePane(FIRST_FIGURE_COLUMN, FIRST_DATA_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        private void figures(XSSFRow row, String code, String name, List<Figure> figures, boolean total) {
            cell(row, 0, code, total ? totalText : text);
            cell(row, 1, name, total ? totalText : text);
            for (int i = 0; i < figures.size(); i++) {
                Figure figure = figures.get(i);
                XSSFCell cell = row.createCell(FIRST_FIGURE_COLUMN + i);
                if (figure.suppressed()) {
                    cell.setCellValue(figure.text());
                    cell.setCellStyle(total ? totalSuppressed : suppressed);
                    cell.setCellComment(comment(row.getRowNum(), FIRST_FIGURE_COLUMN + i, figure.complementary()
                            ? "export.withheld.comment"
                            : "export.suppressed.comment"));
                } else if (figure.share()) {
                    cell.setCellStyle(total ? totalShare : share);
                    if (figure.value() != null) {
                        cell.setCellValue(figure.value().divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)
                                .doubleValue());
                    }
                } else {
                    cell.setCellStyle(total ? totalCount : count);
                    cell.setCellValue(figure.value().doubleValue());
                }
            }
        }

        private Comment comment(int row, int column, String textKey) {
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 3);
            anchor.setRow1(row);
            anchor.setRow2(row + 3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(ExportTexts.text(textKey)));
            comment.setAuthor("Treem");
            return comment;
        }

        private static void cell(XSSFRow row, int column, String value, CellStyle style) {
            XSSFCell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
