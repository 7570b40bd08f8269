package vn.treem.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalised document into classified lines (Roman section headings, numbered items, "(1)" items, lettered
 * items, bullets, text) and groups them into sections by Roman heading. Broken lines (a line starting in lower case)
 * are joined to the previous one.
 */
final class DocumentLines {

    enum Kind {
        ROMAN, NUMBERED, PAREN, LETTER, BULLET, TEXT
    }

    enum SectionType {
        PURPOSE, OBJECTIVES, TASKS, BUDGET, ASSIGNMENTS, REPORTING, OTHER
    }

    /** One logical line; {@code marker} is "II", "2.1", "3", "a" or {@code null}; {@code body} has no marker. */
    record Line(Kind kind, String marker, String body, String text) {

        int depth() {
            return marker == null ? 0 : marker.split("\\.").length;
        }
    }

    /** A top-level section: its label ("III"), heading text, type and lines (heading excluded). */
    record Section(String label, String heading, SectionType type, List<Line> lines) {
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)/]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern
            .compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s*(\\S.*)$|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+(\\S.*)$");
    private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,2})\\)\\s*[.:]?\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*[).]\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*(\\S.*)$");

    private DocumentLines() {
    }

    /** Classified logical lines of the whole document. */
    static List<Line> lines(String normalised) {
        List<String> joined = new ArrayList<>();
        for (String raw : normalised.split("\n")) {
            String s = VietnameseText.stripMarkdown(raw);
            if (s.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty() && Character.isLowerCase(s.codePointAt(0)) && !LETTER.matcher(s).matches()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + s);
            } else {
                joined.add(s);
            }
        }
        List<Line> out = new ArrayList<>();
        for (String s : joined) {
            out.add(classify(s));
        }
        return out;
    }

    static Line classify(String s) {
        Matcher m = ROMAN.matcher(s);
        if (m.matches() && validRoman(m.group(1)) && Character.isLetter(m.group(2).codePointAt(0))) {
            return new Line(Kind.ROMAN, m.group(1), m.group(2).strip(), s);
        }
        m = NUMBERED.matcher(s);
        if (m.matches()) {
            String marker = m.group(1) != null ? m.group(1) : m.group(3);
            String body = m.group(1) != null ? m.group(2) : m.group(4);
            if (!body.startsWith("%") && !body.matches("^\\d.*")) {
                return new Line(Kind.NUMBERED, marker, body.strip(), s);
            }
        }
        m = PAREN.matcher(s);
        if (m.matches()) {
            return new Line(Kind.PAREN, m.group(1), m.group(2).strip(), s);
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            return new Line(Kind.LETTER, m.group(1), m.group(2).strip(), s);
        }
        m = BULLET.matcher(s);
        if (m.matches()) {
            return new Line(Kind.BULLET, null, m.group(1).strip(), s);
        }
        return new Line(Kind.TEXT, null, s, s);
    }

    private static boolean validRoman(String r) {
        return r.matches("I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3}|XIV|XV");
    }

    /**
     * Index of the first section heading. Roman headings when the document has them; otherwise upper-case headings
     * whose words name a known section.
     */
    static List<Section> sections(List<Line> lines, List<Line> preamble) {
        boolean roman = lines.stream().anyMatch(l -> l.kind() == Kind.ROMAN && typeOf(l.body()) != SectionType.OTHER);
        List<Section> sections = new ArrayList<>();
        String label = null;
        String heading = null;
        List<Line> current = null;
        int auto = 0;
        for (Line line : lines) {
            boolean isHeading;
            String lineLabel;
            if (roman) {
                isHeading = line.kind() == Kind.ROMAN;
                lineLabel = line.marker();
            } else {
                isHeading = isUpperCase(line.body()) && typeOf(line.body()) != SectionType.OTHER
                        && (line.kind() == Kind.NUMBERED && line.depth() == 1 || line.kind() == Kind.TEXT);
                lineLabel = line.marker() != null ? line.marker() : String.valueOf(++auto);
            }
            if (isHeading) {
                if (current != null) {
                    sections.add(new Section(label, heading, typeOf(heading), current));
                }
                label = lineLabel;
                heading = line.body();
                current = new ArrayList<>();
            } else if (current != null) {
                current.add(line);
            } else {
                preamble.add(line);
            }
        }
        if (current != null) {
            sections.add(new Section(label, heading, typeOf(heading), current));
        }
        return sections;
    }

    static boolean isUpperCase(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 4;
    }

    static SectionType typeOf(String heading) {
        String k = VietnameseText.key(heading);
        if (k.contains("mục đích") || k.startsWith("yêu cầu")) {
            return SectionType.PURPOSE;
        }
        if (k.contains("mục tiêu") || k.contains("chỉ tiêu")) {
            return SectionType.OBJECTIVES;
        }
        if (k.contains("kinh phí") || k.contains("ngân sách") || k.contains("nguồn lực") || k.contains("nguồn vốn")) {
            return SectionType.BUDGET;
        }
        if (k.contains("báo cáo") && !k.contains("tổ chức thực hiện")) {
            return SectionType.REPORTING;
        }
        if (k.contains("tổ chức thực hiện") || k.contains("phân công") || k.contains("trách nhiệm")) {
            return SectionType.ASSIGNMENTS;
        }
        if (k.contains("nhiệm vụ") || k.contains("giải pháp") || k.contains("nội dung") || k.contains("hoạt động")) {
            return SectionType.TASKS;
        }
        return SectionType.OTHER;
    }
}
