package vn.treem.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.treem.reporting.indicators.IndicatorDefinition;

/**
 * The PDF summary of a consolidated report (A4, PDFBox, the bundled DejaVu Sans embedded so Vietnamese renders and can
 * be searched): the title, the unit's figure for every computed indicator, the chosen indicator's monthly trend as a
 * chart, its figures by sub-unit, the small-count legend and the source.
 */
final class SummaryPdf {

    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float VALUE_WIDTH = 80;

    private SummaryPdf() {
    }

    static byte[] write(ConsolidatedReport report, IndicatorDefinition indicator, Trend trend) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            String title = ExportTexts.text("export.summary.title", report.unit().name(),
                    ExportTexts.period(report.period()));
            info.setTitle(title);
            info.setCreator("Treem reporting-service");
            try (Writer writer = new Writer(document)) {
                writer.paragraph(title, writer.bold, 15, 6);
                writer.paragraph(ExportTexts.source(report), writer.regular, 8, 12);

                writer.paragraph(ExportTexts.text("export.summary.indicators", report.unit().name()), writer.bold, 11,
                        4);
                for (int i = 0; i < report.indicators().size(); i++) {
                    writer.tableRow(ExportTexts.heading(report.indicators().get(i)),
                            report.total().figures().get(i).text(), false);
                }
                writer.space(12);

                writer.paragraph(ExportTexts.text("export.summary.trend", ExportTexts.heading(indicator),
                        String.valueOf(trend.year())), writer.bold, 11, 4);
                writer.image(LosslessFactory.createFromImage(document, TrendChart.image(trend, 1000, 500)));
                writer.space(12);

                int column = report.column(indicator.code());
                if (!report.rows().isEmpty()) {
                    writer.paragraph(ExportTexts.text("export.summary.byUnit", ExportTexts.heading(indicator)),
                            writer.bold, 11, 4);
                    for (ConsolidatedReport.Row row : report.rows()) {
                        writer.tableRow(row.unit().code() + "  " + row.unit().name(),
                                row.figures().get(column).text(), false);
                    }
                    writer.tableRow(ExportTexts.text("export.total", report.unit().name()),
                            report.total().figures().get(column).text(), true);
                    writer.space(12);
                }
                writer.paragraph(ExportTexts.text("export.legend"), writer.regular, 8, 0);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    /** Writes top to bottom, starting a new page when the current one is full. */
    private static final class Writer implements AutoCloseable {

        private final PDDocument document;
        final PDType0Font regular;
        final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            try (InputStream r = ExportFonts.open(ExportFonts.REGULAR);
                    InputStream b = ExportFonts.open(ExportFonts.BOLD)) {
                this.regular = PDType0Font.load(document, r);
                this.bold = PDType0Font.load(document, b);
            }
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void space(float points) {
            y -= points;
        }

        void paragraph(String text, PDType0Font font, float size, float after) throws IOException {
            for (String line : wrap(text, font, size, WIDTH)) {
                ensure(size * 1.4f);
                y -= size * 1.4f;
                show(line, font, size, MARGIN);
            }
            y -= after;
        }

        /** A label (wrapped) with a right-aligned value; a figure without value (a share of nothing) shows "–". */
        void tableRow(String label, String shown, boolean strong) throws IOException {
            String value = shown.isEmpty() ? "–" : shown;
            PDType0Font font = strong ? bold : regular;
            float size = 9;
            List<String> lines = wrap(label, font, size, WIDTH - VALUE_WIDTH - 10);
            ensure(lines.size() * size * 1.35f + 4);
            float top = y;
            for (String line : lines) {
                y -= size * 1.35f;
                show(line, font, size, MARGIN);
            }
            show(value, font, size, MARGIN + WIDTH - width(value, font, size), top - size * 1.35f);
            y -= 3;
            content.setLineWidth(0.3f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            y -= 1;
        }

        void image(PDImageXObject image) throws IOException {
            float height = WIDTH * image.getHeight() / image.getWidth();
            ensure(height);
            y -= height;
            content.drawImage(image, MARGIN, y, WIDTH, height);
        }

        private void show(String text, PDType0Font font, float size, float x) throws IOException {
            show(text, font, size, x, y);
        }

        private void show(String text, PDType0Font font, float size, float x, float atY) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        private static float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private static List<String> wrap(String text, PDType0Font font, float size, float maxWidth)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, font, size) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
