package vn.treem.cases.registryimport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Ethnicities;
import vn.treem.cases.child.Sex;
import vn.treem.cases.child.SpecialCircumstance;
import vn.treem.platform.i18n.Messages;

/**
 * The import template: the header row of {@link RegistryColumn} in the caller's language; the workbook adds a sheet
 * explaining each column and listing the accepted values (sex, groups, relationships, ethnic groups). Every column of
 * the first sheet is formatted as text, so that Excel keeps the leading zeros of codes and ID numbers.
 */
final class Templates {

    private Templates() {
    }

    static List<String> headings(Locale locale) {
        return Arrays.stream(RegistryColumn.values()).map(c -> c.heading(locale)).toList();
    }

    static void write(ImportFormat format, Locale locale, OutputStream out) throws IOException {
        if (format == ImportFormat.CSV) {
            try (SheetWriter csv = SheetWriter.of(format, out, null)) {
                csv.header(headings(locale));
            }
            return;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet data = workbook.createSheet(Messages.text(locale, "registry.sheet.children"));
            Row header = data.createRow(0);
            List<String> headings = headings(locale);
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, Math.max(14, headings.get(i).length() + 4) * 256);
                data.setDefaultColumnStyle(i, text);
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(Messages.text(locale, "registry.sheet.help"));
            int r = 0;
            r = line(help, r, bold, Messages.text(locale, "registry.help.column"),
                    Messages.text(locale, "registry.help.required"), Messages.text(locale, "registry.help.meaning"));
            for (RegistryColumn column : RegistryColumn.values()) {
                r = line(help, r, null, column.heading(locale),
                        Messages.text(locale, column.required() ? "registry.help.yes" : "registry.help.no"),
                        Messages.text(locale, "registry.column." + column.name() + ".help"));
            }
            r++;
            r = line(help, r, bold, Messages.text(locale, "registry.help.values", column(RegistryColumn.SEX, locale)));
            for (Sex sex : Sex.values()) {
                r = line(help, r, null, RegistryValues.sexLabel(sex, locale));
            }
            r++;
            r = line(help, r, bold,
                    Messages.text(locale, "registry.help.values", column(RegistryColumn.GROUPS, locale)));
            for (SpecialCircumstance group : SpecialCircumstance.values()) {
                r = line(help, r, null, group.name(), Messages.text(locale, "label.SpecialCircumstance." + group));
            }
            r++;
            r = line(help, r, bold, Messages.text(locale, "registry.help.values",
                    column(RegistryColumn.CAREGIVER_RELATIONSHIP, locale)));
            for (CaregiverRelationship relationship : CaregiverRelationship.values()) {
                r = line(help, r, null, RegistryValues.relationshipLabel(relationship, locale));
            }
            r++;
            r = line(help, r, bold, Messages.text(locale, "registry.help.values",
                    column(RegistryColumn.ETHNICITY, locale)));
            for (String code : Ethnicities.codes()) {
                r = line(help, r, null, code, RegistryValues.ethnicityLabel(code, locale));
            }
            help.setColumnWidth(0, 34 * 256);
            help.setColumnWidth(1, 40 * 256);
            help.setColumnWidth(2, 90 * 256);
            workbook.write(out);
        }
    }

    private static String column(RegistryColumn column, Locale locale) {
        return column.heading(locale);
    }

    private static int line(Sheet sheet, int index, CellStyle style, String... cells) {
        Row row = sheet.createRow(index);
        List<String> values = new ArrayList<>(Arrays.asList(cells));
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
        return index + 1;
    }
}
