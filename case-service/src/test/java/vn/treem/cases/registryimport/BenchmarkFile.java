package vn.treem.cases.registryimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large registry file for the import benchmark (docs/benchmarks.md): {@code rows} distinct, valid children
 * living in the given communes, with the template's columns — 90 % with a personal ID number, 13 % in a group, 70 %
 * with a caregiver. The same row {@code i} always gives the same child, so the files are reproducible.
 */
public final class BenchmarkFile {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Thanh", "Quang",
            "Hoài"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
            "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy",
            "Yến"};
    private static final String[] ETHNIC = {"Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Mường", "Mông",
            "Kinh"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(2011, 1, 1);
    private static final int DAYS = 5400;

    private BenchmarkFile() {
    }

    static List<String> row(int i, List<String> communes) {
        LocalDate birth = FIRST_BIRTH.plusDays(i % DAYS);
        int name = i / DAYS;
        boolean male = (i / 7) % 2 == 0;
        String fullName = FAMILY[name % FAMILY.length] + " " + MIDDLE[(name / FAMILY.length) % MIDDLE.length] + " "
                + GIVEN[(name / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
        String id = i % 10 == 9
                ? ""
                : "001" + (male ? 2 : 3) + String.valueOf(birth.getYear()).substring(2) + String.format("%06d",
                        i % 1_000_000);
        String groups = i % 100 < 10 ? "G04" : i % 100 < 13 ? "G01; G09" : "";
        boolean caregiver = i % 10 < 7;
        List<String> cells = new ArrayList<>(11);
        cells.add("");
        cells.add(fullName);
        cells.add(RegistryValues.DATE.format(birth));
        cells.add(male ? "Nam" : "Nữ");
        cells.add(ETHNIC[i % ETHNIC.length]);
        cells.add(communes.get(i % communes.size()));
        cells.add(id);
        cells.add(groups);
        cells.add(caregiver ? FAMILY[(i + 3) % FAMILY.length] + " Thị " + GIVEN[(i + 5) % GIVEN.length] : "");
        cells.add(caregiver ? "Mẹ" : "");
        cells.add(caregiver ? "09" + String.format("%08d", i % 100_000_000) : "");
        return cells;
    }

    /** The CSV file (UTF-8 with BOM, comma-separated, CRLF), headings in Vietnamese. */
    public static void csv(Path file, int rows, List<String> communes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", Templates.headings(vn.treem.platform.i18n.Languages.VIETNAMESE)));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                List<String> cells = row(i, communes);
                out.write(String.join(",", cells));
                out.write("\r\n");
            }
        }
    }

    /** The same rows as an .xlsx workbook, written as the export writes it (inline strings). */
    public static void xlsx(Path file, int rows, List<String> communes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                SheetWriter sheet = SheetWriter.of(ImportFormat.XLSX, out, "Danh sách")) {
            sheet.header(Templates.headings(vn.treem.platform.i18n.Languages.VIETNAMESE));
            for (int i = 0; i < rows; i++) {
                sheet.row(row(i, communes));
            }
        }
    }
}
