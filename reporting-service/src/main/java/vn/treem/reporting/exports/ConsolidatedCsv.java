package vn.treem.reporting.exports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The consolidated report as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Vietnamese correctly,
 * comma-separated, CRLF line ends, a dot as decimal separator. A header line, one line per sub-unit, the total line, an
 * empty line and the small-count legend. Shares are per cent with one decimal ({@code 50.0}), counts integers,
 * suppressed figures {@code <5}, a share without denominator empty.
 */
final class ConsolidatedCsv {

    static final char BOM = '\uFEFF';
    static final String SEPARATOR = ",";
    private static final String LINE_END = "\r\n";

    private ConsolidatedCsv() {
    }

    static byte[] write(ConsolidatedReport report) {
        StringBuilder csv = new StringBuilder().append(BOM);
        List<String> header = new ArrayList<>();
        header.add(ExportTexts.text("export.column.code"));
        header.add(ExportTexts.text("export.column.unit"));
        report.indicators().forEach(i -> header.add(ExportTexts.heading(i)));
        line(csv, header);
        for (ConsolidatedReport.Row row : report.rows()) {
            line(csv, fields(row.unit().code(), row.unit().name(), row.figures()));
        }
        line(csv, fields(report.unit().code(), ExportTexts.text("export.total", report.unit().name()),
                report.total().figures()));
        csv.append(LINE_END);
        line(csv, List.of(ExportTexts.text("export.legend")));
        line(csv, List.of(ExportTexts.source(report)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fields(String code, String name, List<Figure> figures) {
        List<String> fields = new ArrayList<>();
        fields.add(code);
        fields.add(name);
        figures.forEach(f -> fields.add(f.text()));
        return fields;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /** A field as RFC 4180 writes it; a leading = + - @ is prefixed with ' so that Excel runs no formula. */
    static String quoted(String field) {
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
