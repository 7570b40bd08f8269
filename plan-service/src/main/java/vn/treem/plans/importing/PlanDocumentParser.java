package vn.treem.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.treem.plans.importing.DocumentLines.Kind;
import vn.treem.plans.importing.DocumentLines.Line;
import vn.treem.plans.importing.DocumentLines.Section;
import vn.treem.plans.importing.DocumentLines.SectionType;

/**
 * Turns the text of a plan document (plain text or Markdown) into an {@link ExtractedPlan} with warnings. Deterministic
 * rules on normalised text (NFC, Markdown removed), no I/O; thread-safe, keeps no state between calls. The rules are
 * described in docs/plan-import.md.
 */
public final class PlanDocumentParser {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern NUMBER = Pattern
            .compile("(?:^|\\s)Số\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{Lu}\\d][\\p{L}\\d\\-/.]*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "([\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,4})\\s*,\\s*"
                    + "ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PERIOD_RANGE = Pattern.compile("(?:giai đoạn\\s*)?(20\\d\\d)\\s*-\\s*(20\\d\\d)",
            FLAGS);
    private static final Pattern UNTIL_YEAR = Pattern.compile("\\b(?:đến|tới) năm (20\\d\\d)", FLAGS);
    private static final Pattern SINGLE_YEAR = Pattern.compile("\\bnăm (20\\d\\d)\\b", FLAGS);
    private static final String DOC_TYPES = "Chương trình hành động|Chương trình|Chỉ thị|Kế hoạch|Luật|Nghị định|"
            + "Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Công văn|Kết luận|Hướng dẫn|Thông báo|Đề án|Văn bản";
    private static final Pattern IMPLEMENTS = Pattern.compile(
            "^(?:về việc\\s+)?(?:tổ chức\\s+)?(?:triển khai\\s+)?(?:thực hiện|triển khai)\\b"
                    + "|(?:thực hiện|triển khai)\\s+(?:"
                    + DOC_TYPES + ")\\b",
            FLAGS);
    private static final Pattern REFERENCE = Pattern.compile("\\b(" + DOC_TYPES
            + ")\\s+(?:(?:\\p{L}+\\s+){0,6}?số\\s+)?(\\d+[\\p{L}\\d]*(?:[/\\-][\\p{L}\\d]+)+)\\s*,?\\s*"
            + "(?:(?:ban hành\\s+)?ngày\\s+(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
            + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?",
            FLAGS);
    private static final Pattern ISSUER_FALLBACK = Pattern.compile(
            "^\\s+của\\s+(.+?)(?=\\s+(?:về|thực hiện|triển khai|ban hành|hướng dẫn|phê duyệt|quy định|trên địa bàn"
                    + "|đối với)\\b|[,;(]|\\s+và\\s+(?:"
                    + DOC_TYPES + ")|$)",
            FLAGS);
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^(?:mục tiêu\\s+)?(?:đến|tới|trong|vào|giai đoạn|năm|đến hết)\\s*(?:năm\\s*)?"
                    + "(?:(20\\d\\d)\\s*-\\s*)?(20\\d\\d)\\s*[:.]?$",
            FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<![/\\d-])(20\\d\\d)(?![/\\d])");
    private static final Pattern CLOSING = Pattern.compile("^(?:trong quá trình|nhận (?:được )?kế hoạch|trên đây|"
            + "căn cứ (?:các )?nội dung|(?:ủy ban nhân dân|ubnd) (?:tỉnh|huyện|xã|thành phố|thị xã|quận)"
            + "\\s+\\p{L}*\\s*(?:yêu cầu|đề nghị))",
            FLAGS);
    private static final Pattern PARTNERS = Pattern.compile("phối hợp(?:\\s+chặt chẽ)?\\s+(?:với|cùng)\\s+", FLAGS);
    private static final Pattern TASK_LEAD = Pattern.compile("(?:cơ quan|đơn vị)\\s+chủ trì\\s*:\\s*", FLAGS);
    private static final Pattern TASK_SUPPORT = Pattern.compile("(?:cơ quan|đơn vị)\\s+phối hợp\\s*:\\s*", FLAGS);
    private static final Pattern DEADLINE = Pattern.compile("(?:trước|chậm nhất(?: là)?|hoàn thành trong|trong)\\s+"
            + "(?:ngày\\s+(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})(?:\\s*(?:/|năm)\\s*(\\d{4}))?"
            + "|tháng\\s+\\d{1,2}(?:\\s*/\\s*|\\s+năm\\s+)\\d{4}"
            + "|quý\\s+[IV]+(?:\\s*/\\s*|\\s+năm\\s+)\\d{4})",
            FLAGS);
    private static final Pattern STOCK_PHRASE = Pattern
            .compile("(?:bảo vệ|chăm sóc|giáo dục)(?:,?\\s*(?:và\\s+)?(?:bảo vệ|chăm sóc|giáo dục)){1,2}\\s+trẻ em",
                    FLAGS);
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s*(tỷ|triệu|nghìn|ngàn)?\\s*đồng",
            FLAGS);
    private static final List<String[]> THEMES = List.of(
            new String[]{"COMMUNICATION", "tuyên truyền", "truyền thông", "phổ biến", "thông tin"},
            new String[]{"CAPACITY_BUILDING", "tập huấn", "năng lực", "bồi dưỡng", "đào tạo"},
            new String[]{"SERVICES", "dịch vụ", "hỗ trợ", "can thiệp", "mô hình"},
            new String[]{"ONLINE_SAFETY", "môi trường mạng", "không gian mạng", "trên mạng", "internet"},
            new String[]{"DROWNING_PREVENTION", "đuối nước", "dạy bơi", "bơi an toàn", "biết bơi", "học bơi"},
            new String[]{"INJURY_PREVENTION", "tai nạn", "thương tích"},
            new String[]{"DATA_AND_STATISTICS", "thống kê", "số liệu", "dữ liệu", "phần mềm"},
            new String[]{"CHILD_PARTICIPATION", "quyền tham gia", "diễn đàn trẻ em", "ý kiến, kiến nghị của trẻ em",
                    "sự tham gia của trẻ em"},
            new String[]{"HEALTH_NUTRITION", "y tế", "sức khỏe", "dinh dưỡng", "khám, chữa bệnh", "tiêm chủng"},
            new String[]{"EDUCATION", "trường học", "học sinh", "nhà trường", "giáo dục mầm non", "học đường"},
            new String[]{"CULTURE_PLAY", "vui chơi", "văn hóa", "thể thao", "giải trí"},
            new String[]{"SOCIAL_ASSISTANCE", "trợ giúp xã hội", "bảo trợ", "hoàn cảnh đặc biệt", "an sinh",
                    "hộ nghèo"},
            new String[]{"INSPECTION", "thanh tra", "kiểm tra", "giám sát"},
            new String[]{"ABUSE_PREVENTION", "xâm hại", "bạo lực", "bóc lột", "mua bán"});

    /**
     * Parses one plan document.
     *
     * @param text
     *            the document as plain text or Markdown
     * @return what could be extracted; never fails on unexpected content, warns instead
     */
    public ExtractedPlan parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Extraction(text).run();
    }

    /** State of one parse; never shared. */
    private static final class Extraction {

        private final List<Line> lines;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final List<LegalReference> legalBases = new ArrayList<>();
        private final List<ExtractedObjective> objectives = new ArrayList<>();
        private final List<ExtractedTask> tasks = new ArrayList<>();
        private final List<ExtractedAssignment> assignments = new ArrayList<>();
        private final List<ExtractedBudgetSource> budget = new ArrayList<>();
        private final List<ExtractedReportingRule> reporting = new ArrayList<>();
        private String number;
        private java.time.LocalDate issueDate;
        private Integer issueYear;
        private String place;
        private String issuer;
        private String title;
        private PlanKind kind;
        private Integer periodFrom;
        private Integer periodTo;
        private final StringBuilder purpose = new StringBuilder();
        private final StringBuilder requirements = new StringBuilder();

        Extraction(String text) {
            List<Line> all = DocumentLines.lines(VietnameseText.normalize(text));
            int end = all.size();
            for (int i = 0; i < all.size(); i++) {
                String k = VietnameseText.key(all.get(i).body());
                if (k.startsWith("nơi nhận")) {
                    end = i;
                    break;
                }
            }
            this.lines = all.subList(0, end);
        }

        ExtractedPlan run() {
            if (lines.isEmpty()) {
                warn("EMPTY_DOCUMENT", "The document has no text", null);
            }
            List<Line> preamble = new ArrayList<>();
            List<Section> sections = DocumentLines.sections(lines, preamble);
            header(preamble);
            if (sections.isEmpty()) {
                warn("SECTIONS_NOT_FOUND", "No numbered sections (I., II. …) were recognised", null);
            }
            for (Section s : sections) {
                switch (s.type()) {
                    case PURPOSE -> purpose(s);
                    case OBJECTIVES -> objectives(s);
                    case TASKS -> tasks(s);
                    case ASSIGNMENTS -> assignmentSection(s);
                    case BUDGET -> budget(s);
                    default -> {
                    }
                }
                if (s.type() != SectionType.ASSIGNMENTS) {
                    String leadIn = null;
                    for (Line l : s.lines()) {
                        if (l.body().endsWith(":")) {
                            leadIn = l.body();
                        }
                        reportingIn(l.body(), reporterFrom(leadIn, l.body()), s.type() == SectionType.REPORTING);
                    }
                }
            }
            for (SectionType required : List.of(SectionType.OBJECTIVES, SectionType.TASKS, SectionType.ASSIGNMENTS)) {
                if (sections.stream().noneMatch(s -> s.type() == required)) {
                    warn("SECTION_MISSING", "No " + required.name().toLowerCase() + " section was found", null);
                }
            }
            if (reporting.isEmpty()) {
                warn("REPORTING_NOT_FOUND", "No reporting rule (định kỳ, trước ngày …, đột xuất) was found", null);
            }
            return new ExtractedPlan(number, issueDate, issueYear, place, issuer, title, kind, periodFrom, periodTo,
                    text(purpose), text(requirements), List.copyOf(legalBases), List.copyOf(objectives),
                    List.copyOf(tasks), List.copyOf(mergeAssignments()), List.copyOf(budget), List.copyOf(reporting),
                    List.copyOf(warnings));
        }

        private static String text(StringBuilder b) {
            String s = b.toString().strip();
            return s.isEmpty() ? null : s;
        }

        private void warn(String code, String message, String excerpt) {
            warnings.add(
                    new ImportWarning(code, message, excerpt == null ? null : VietnameseText.shorten(excerpt, 200)));
        }

        // ---------------------------------------------------------------- header

        private void header(List<Line> preamble) {
            boolean numberLine = false;
            int titleIndex = -1;
            for (int i = 0; i < preamble.size(); i++) {
                String s = preamble.get(i).text();
                Matcher n = NUMBER.matcher(s);
                if (!numberLine && n.find()) {
                    numberLine = true;
                    if (!n.group(1).isEmpty()) {
                        number = n.group(1) + "/" + n.group(2);
                    }
                }
                Matcher d = PLACE_DATE.matcher(s);
                if (place == null && d.find()) {
                    place = d.group(1).strip();
                    if (d.group(4) != null) {
                        issueYear = Integer.valueOf(d.group(4));
                    }
                    if (d.group(2) != null && d.group(3) != null && d.group(4) != null) {
                        issueDate = VietnameseText.date(d.group(4), d.group(3), d.group(2));
                    }
                }
                String k = VietnameseText.key(s).strip();
                if (titleIndex < 0 && (k.equals("kế hoạch") || k.startsWith("kế hoạch ") && DocumentLines.isUpperCase(
                        s.substring(0, Math.min(s.length(), 8))) && s.startsWith("KẾ HOẠCH"))) {
                    titleIndex = i;
                }
            }
            if (number == null) {
                warn("NUMBER_MISSING", numberLine ? "The document number is blank (draft)" : "No document number (Số:)",
                        null);
            }
            if (issueDate == null) {
                warn("DATE_MISSING", place != null
                        ? "The issue date is blank or incomplete (draft)"
                        : "No place and date line (…, ngày … tháng … năm …)", null);
            }
            int bodyFrom = 0;
            if (titleIndex >= 0) {
                String head = preamble.get(titleIndex).text().strip();
                StringBuilder t = new StringBuilder(head.length() > "KẾ HOẠCH".length()
                        ? head.substring("KẾ HOẠCH".length()).strip()
                        : "");
                int j = titleIndex + 1;
                if (t.length() == 0 && j < preamble.size()) {
                    t.append(preamble.get(j).text());
                    j++;
                }
                while (j < preamble.size() && DocumentLines.isUpperCase(t.toString())
                        && DocumentLines.isUpperCase(preamble.get(j).text())) {
                    t.append(' ').append(preamble.get(j).text());
                    j++;
                }
                title = VietnameseText.clean(t.toString());
                bodyFrom = j;
            }
            if (title == null) {
                warn("TITLE_MISSING", "No title under \"KẾ HOẠCH\" was found", null);
            }
            StringBuilder body = new StringBuilder();
            for (int i = bodyFrom; i < preamble.size(); i++) {
                body.append(preamble.get(i).text()).append('\n');
            }
            String preambleText = body.toString();
            issuer = issuerIn(preambleText);
            if (issuer == null) {
                warn("ISSUER_MISSING", "The issuing agency (\"… ban hành Kế hoạch\") was not found", null);
            }
            if (title != null) {
                references(title);
            }
            references(preambleText);
            kindAndPeriod();
        }

        private String issuerIn(String s) {
            Matcher m = Pattern.compile("(?:Ủy ban nhân dân|UBND)\\s").matcher(s);
            while (m.find()) {
                AgencyNames.Name name = AgencyNames.at(s, m.start());
                if (name != null && VietnameseText.key(s.substring(name.end())).stripLeading().startsWith("ban hành")) {
                    return name.text();
                }
            }
            return null;
        }

        private void references(String s) {
            Matcher m = REFERENCE.matcher(s);
            List<int[]> spans = new ArrayList<>();
            List<Matcher> found = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[]{m.start(), m.end()});
            }
            for (int i = 0; i < spans.size(); i++) {
                Matcher r = REFERENCE.matcher(s);
                r.region(spans.get(i)[0], s.length());
                if (!r.lookingAt()) {
                    continue;
                }
                found.add(r);
                String type = VietnameseText.capitalize(VietnameseText.key(r.group(1)));
                String num = r.group(2);
                java.time.LocalDate date = r.group(3) == null ? null : VietnameseText.firstDate("ngày " + r.group(3));
                int after = r.end();
                String issuerName = null;
                String rest = s.substring(after);
                if (VietnameseText.key(rest).startsWith(" của ")) {
                    AgencyNames.Name name = AgencyNames.at(s, after + " của ".length());
                    if (name != null) {
                        issuerName = name.text();
                        after = name.end();
                    } else {
                        Matcher f = ISSUER_FALLBACK.matcher(rest);
                        if (f.find()) {
                            issuerName = VietnameseText.clean(f.group(1));
                            after += f.end();
                        }
                    }
                }
                int stop = s.length();
                if (i + 1 < spans.size()) {
                    stop = Math.min(stop, spans.get(i + 1)[0]);
                }
                int semi = s.indexOf(';', after);
                if (semi >= 0) {
                    stop = Math.min(stop, semi);
                }
                int nl = s.indexOf('\n', after);
                if (nl >= 0) {
                    stop = Math.min(stop, nl);
                }
                String docTitle = s.substring(Math.min(after, stop), stop);
                Matcher cut = Pattern.compile(",\\s*(?:Ủy ban nhân dân|UBND)\\s|\\s+(?:và|,)\\s*$").matcher(docTitle);
                if (cut.find()) {
                    docTitle = docTitle.substring(0, cut.start());
                }
                docTitle = VietnameseText.clean(docTitle.replaceFirst("(?iu)^\\s*(?:về việc|về)\\s+", ""));
                LegalReference ref = new LegalReference(type, num, date, issuerName,
                        VietnameseText.shorten(docTitle, 300));
                int existing = -1;
                for (int j = 0; j < legalBases.size(); j++) {
                    LegalReference b = legalBases.get(j);
                    if (b.number().equalsIgnoreCase(num) && b.documentType().equalsIgnoreCase(type)) {
                        existing = j;
                    }
                }
                if (existing < 0) {
                    legalBases.add(ref);
                } else if (legalBases.get(existing).issuer() != null && issuerName != null
                        && DocumentLines.isUpperCase(legalBases.get(existing).issuer())
                        && !DocumentLines.isUpperCase(issuerName)) {
                    LegalReference old = legalBases.get(existing);
                    legalBases.set(existing, new LegalReference(type, num, date != null ? date : old.date(), issuerName,
                            old.title()));
                }
            }
        }

        private void kindAndPeriod() {
            String t = title == null ? "" : VietnameseText.withoutDates(title);
            t = t.replaceAll("\\d+[\\p{L}\\d]*(?:[/\\-][\\p{L}\\d]+)+", " ");
            Matcher range = PERIOD_RANGE.matcher(t);
            Matcher until = UNTIL_YEAR.matcher(t);
            Matcher single = SINGLE_YEAR.matcher(t);
            if (range.find()) {
                periodFrom = Integer.valueOf(range.group(1));
                periodTo = Integer.valueOf(range.group(2));
            } else if (until.find()) {
                periodFrom = issueYear;
                periodTo = Integer.valueOf(until.group(1));
            } else if (single.find()) {
                periodFrom = Integer.valueOf(single.group(1));
                periodTo = periodFrom;
            }
            if (title != null && IMPLEMENTS.matcher(title).find()) {
                kind = PlanKind.IMPLEMENTATION;
            } else if (periodFrom != null && periodFrom.equals(periodTo)) {
                kind = PlanKind.ANNUAL;
            } else if (periodTo != null) {
                kind = PlanKind.MULTI_YEAR;
            } else {
                kind = PlanKind.THEMATIC;
            }
        }

        // ---------------------------------------------------------------- purpose

        private void purpose(Section s) {
            StringBuilder target = purpose;
            for (Line l : s.lines()) {
                String k = VietnameseText.key(l.body());
                if (l.kind() == Kind.NUMBERED || l.kind() == Kind.LETTER) {
                    if (k.startsWith("mục đích")) {
                        target = purpose;
                        appendAfterColon(target, l.body());
                        continue;
                    }
                    if (k.startsWith("yêu cầu")) {
                        target = requirements;
                        appendAfterColon(target, l.body());
                        continue;
                    }
                }
                target.append(l.kind() == Kind.BULLET ? "- " : "").append(l.body()).append('\n');
            }
        }

        private static void appendAfterColon(StringBuilder b, String s) {
            int c = s.indexOf(':');
            if (c >= 0 && c + 1 < s.length() && !s.substring(c + 1).isBlank()) {
                b.append(s.substring(c + 1).strip()).append('\n');
            }
        }

        // ---------------------------------------------------------------- objectives

        private void objectives(Section s) {
            Integer defaultYear = null;
            for (Line l : s.lines()) {
                Matcher y = YEAR.matcher(VietnameseText.withoutDates(l.body()));
                while (y.find()) {
                    int v = Integer.parseInt(y.group(1));
                    defaultYear = defaultYear == null ? v : Math.max(defaultYear, v);
                }
            }
            if (defaultYear == null) {
                defaultYear = periodTo != null ? periodTo : issueYear;
            }
            boolean general = false;
            boolean specific = false;
            String generalCode = null;
            StringBuilder generalText = new StringBuilder();
            Integer headingYear = null;
            String headingCode = null;
            int sequence = 0;
            List<ExtractedObjective> specifics = new ArrayList<>();
            for (Line l : s.lines()) {
                String body = l.body();
                String k = VietnameseText.key(body);
                boolean structural = l.kind() == Kind.NUMBERED || l.kind() == Kind.LETTER || l.kind() == Kind.TEXT;
                if (structural && k.matches("^(?:các\\s+)?mục tiêu (?:chung|tổng quát|tổng thể).*")) {
                    general = true;
                    specific = false;
                    generalCode = s.label() + (l.marker() != null ? "." + l.marker() : "");
                    appendAfterColon(generalText, body);
                    continue;
                }
                if (structural && k.matches("^(?:các\\s+)?(?:mục tiêu|chỉ tiêu)(?:,\\s*chỉ tiêu)? cụ thể.*")) {
                    general = false;
                    specific = true;
                    headingCode = l.marker();
                    sequence = 0;
                    continue;
                }
                Matcher yh = YEAR_HEADING.matcher(k.replaceAll("\\s+", " ").strip());
                if (structural && body.length() < 60 && yh.matches()) {
                    headingYear = Integer.valueOf(yh.group(2));
                    headingCode = l.marker() != null ? l.marker() : headingCode;
                    sequence = 0;
                    general = false;
                    continue;
                }
                if (general) {
                    generalText.append(l.kind() == Kind.BULLET ? "- " : "").append(body).append('\n');
                    continue;
                }
                boolean hasValue = k.matches(".*\\d.*(?:%|‰|phần trăm).*") || k.matches(".*\\d\\s*/\\s*1\\.?000.*");
                if (body.strip().endsWith(":")) {
                    continue;
                }
                if (l.kind() == Kind.NUMBERED && !hasValue && body.length() < 100 && !body.endsWith(".")) {
                    headingCode = l.marker();
                    sequence = 0;
                    continue;
                }
                if (!specific && !hasValue) {
                    generalText.append(body).append('\n');
                    continue;
                }
                String prefix = headingCode != null ? headingCode : s.label();
                String code = switch (l.kind()) {
                    case PAREN -> prefix + "(" + l.marker() + ")";
                    case LETTER -> prefix + "." + l.marker();
                    case NUMBERED -> l.marker();
                    default -> prefix + "." + (++sequence);
                };
                TargetExtractor.Result r = TargetExtractor.extract(body, headingYear, defaultYear);
                warnings.addAll(r.warnings());
                if (r.indicators().stream().flatMap(i -> i.targets().stream())
                        .anyMatch(ExtractedTarget::yearInferred)) {
                    warn("TARGET_YEAR_INFERRED", "No year is written for a target; assumed " + defaultYear
                            + " (latest year of the objectives section)", body);
                }
                specifics.add(new ExtractedObjective(ObjectiveKind.SPECIFIC, code, body, r.indicators()));
            }
            String g = text(generalText);
            if (g != null) {
                objectives.add(new ExtractedObjective(ObjectiveKind.GENERAL, generalCode, g, List.of()));
            }
            objectives.addAll(specifics);
        }

        // ---------------------------------------------------------------- tasks

        private void tasks(Section s) {
            Kind itemKind = s.lines().stream().anyMatch(l -> l.kind() == Kind.NUMBERED && l.depth() == 1)
                    ? Kind.NUMBERED
                    : s.lines().stream().anyMatch(l -> l.kind() == Kind.LETTER) ? Kind.LETTER : Kind.BULLET;
            String code = null;
            String head = null;
            List<String> body = new ArrayList<>();
            int sequence = 0;
            for (Line l : s.lines()) {
                boolean item = l.kind() == itemKind && (itemKind != Kind.NUMBERED || l.depth() == 1);
                if (item) {
                    if (head != null) {
                        addTask(code, head, body);
                    }
                    sequence++;
                    code = s.label() + "." + (l.marker() != null ? l.marker() : String.valueOf(sequence));
                    head = l.body();
                    body = new ArrayList<>();
                } else if (head != null) {
                    body.add(l.kind() == Kind.BULLET ? "- " + l.body() : l.body());
                }
            }
            if (head != null) {
                addTask(code, head, body);
            }
        }

        private void addTask(String code, String head, List<String> body) {
            String title;
            String text;
            if (body.isEmpty()) {
                text = head;
                int end = firstSentenceEnd(head);
                title = VietnameseText.shorten(VietnameseText.clean(head.substring(0, end)), 200);
            } else {
                title = VietnameseText.clean(head);
                text = String.join("\n", body);
            }
            tasks.add(new ExtractedTask(code, title, text, themes(title + "\n" + text, title)));
            String all = head + "\n" + text;
            taskAssignments(code, all);
            for (String line : body) {
                reportingIn(line, null, false);
            }
            if (body.isEmpty()) {
                reportingIn(head, null, false);
            }
        }

        private static int firstSentenceEnd(String s) {
            Matcher m = Pattern.compile("[.;:](?:\\s|$)").matcher(s);
            return m.find() ? m.start() : s.length();
        }

        private void taskAssignments(String code, String text) {
            for (var entry : List.of(java.util.Map.entry(TASK_LEAD, AssignmentRole.LEAD),
                    java.util.Map.entry(TASK_SUPPORT, AssignmentRole.SUPPORT))) {
                Matcher m = entry.getKey().matcher(text);
                while (m.find()) {
                    for (AgencyNames.Name n : AgencyNames.list(text, m.end())) {
                        if (!n.generic()) {
                            assignments.add(new ExtractedAssignment(n.text(), entry.getValue(), code, null,
                                    deadlineText(text), deadlineDate(text), recurrence(text), false));
                        }
                    }
                }
            }
        }

        private static List<String> themes(String text, String title) {
            String body = STOCK_PHRASE.matcher(VietnameseText.key(text)).replaceAll(" ");
            String head = STOCK_PHRASE.matcher(VietnameseText.key(title)).replaceAll(" ");
            List<int[]> scores = new ArrayList<>();
            for (int t = 0; t < THEMES.size(); t++) {
                String[] row = THEMES.get(t);
                int score = 0;
                for (int i = 1; i < row.length; i++) {
                    score += 3 * count(head, row[i]) + count(body, row[i]);
                }
                if (score >= 2) {
                    scores.add(new int[]{t, score});
                }
            }
            scores.sort((a, b) -> b[1] != a[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < Math.min(4, scores.size()); i++) {
                out.add(THEMES.get(scores.get(i)[0])[0]);
            }
            return out;
        }

        private static int count(String hay, String needle) {
            int n = 0;
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
                n++;
            }
            return n;
        }

        // ---------------------------------------------------------------- assignments

        /** One numbered agency item of the assignments section. */
        private record Item(List<AgencyNames.Name> agencies, boolean requested, String remainder, List<String> duties,
                boolean bullet) {
        }

        private void assignmentSection(Section s) {
            List<Item> items = new ArrayList<>();
            Item current = null;
            String leadIn = null;
            for (Line l : s.lines()) {
                String body = l.body();
                String k = VietnameseText.key(body);
                if (l.kind() == Kind.TEXT && CLOSING.matcher(k).find()) {
                    current = null;
                    reportingIn(body, reporterFrom(null, body), false);
                    continue;
                }
                boolean numbered = l.kind() == Kind.NUMBERED || l.kind() == Kind.LETTER || l.kind() == Kind.PAREN;
                Item candidate = agencyItem(body, l.kind() == Kind.BULLET || l.kind() == Kind.TEXT);
                if (candidate != null && (numbered || current == null || current.bullet())) {
                    current = candidate;
                    items.add(current);
                    continue;
                }
                if (numbered) {
                    current = null;
                    leadIn = body;
                    continue;
                }
                if (current != null) {
                    current.duties().add(body);
                } else {
                    reportingIn(body, reporterFrom(leadIn, body), false);
                }
            }
            for (Item item : items) {
                assignmentsOf(item);
            }
        }

        private Item agencyItem(String body, boolean bullet) {
            String s = body;
            boolean requested = false;
            Matcher prefix = Pattern.compile("^(?:Đề nghị|Kính đề nghị|Giao|Yêu cầu)\\s+", FLAGS).matcher(s);
            int from = 0;
            if (prefix.find()) {
                requested = VietnameseText.key(prefix.group()).contains("đề nghị");
                from = prefix.end();
            }
            List<AgencyNames.Name> names = AgencyNames.list(s, from);
            if (names.isEmpty() || names.get(0).start() != from && !s.substring(from, names.get(0).start()).isBlank()) {
                return null;
            }
            if (names.get(0).generic() && bullet) {
                return null;
            }
            int end = names.get(names.size() - 1).end();
            String remainder = VietnameseText.clean(s.substring(end));
            return new Item(names, requested, remainder == null ? "" : remainder, new ArrayList<>(), bullet);
        }

        private void assignmentsOf(Item item) {
            List<AgencyNames.Name> own = item.agencies().stream().filter(n -> !n.generic()).toList();
            List<String> dutyParts = new ArrayList<>();
            if (!item.remainder().isEmpty()) {
                dutyParts.add(item.remainder());
            }
            dutyParts.addAll(item.duties());
            String duties = String.join("\n", dutyParts);
            if (own.isEmpty()) {
                return;
            }
            List<String> clauses = new ArrayList<>();
            for (String part : dutyParts) {
                for (String c : part.split("[;\\n]|\\.\\s")) {
                    String cc = VietnameseText.clean(c);
                    if (cc != null) {
                        clauses.add(VietnameseText.key(cc));
                    }
                }
            }
            List<AgencyNames.Name> partners = new ArrayList<>();
            for (String part : dutyParts) {
                Matcher m = PARTNERS.matcher(part);
                while (m.find()) {
                    for (AgencyNames.Name n : AgencyNames.list(part, m.end())) {
                        if (!n.generic() && own.stream().noneMatch(o -> AgencyNames.key(o.text())
                                .equals(AgencyNames.key(n.text())))) {
                            partners.add(n);
                        }
                    }
                }
            }
            boolean onlyCooperating = !clauses.isEmpty() && clauses.stream()
                    .allMatch(c -> c.matches("^(?:tham gia\\s+|cùng\\s+|tích cực\\s+|kịp thời\\s+)?phối hợp\\b.*"));
            AssignmentRole role = onlyCooperating && !partners.isEmpty() ? AssignmentRole.SUPPORT : AssignmentRole.LEAD;
            if (role == AssignmentRole.SUPPORT) {
                warn("AGENCY_ROLE_UNCLEAR", "The agency only cooperates with named agencies; it is recorded as"
                        + " SUPPORT and the named agencies get no LEAD assignment", duties);
            }
            if (duties.isBlank()) {
                warn("AGENCY_ROLE_UNCLEAR", "An agency is listed without duties",
                        own.stream().map(AgencyNames.Name::text).reduce((a, b) -> a + ", " + b).orElse(null));
            }
            String deadlineText = deadlineText(duties);
            java.time.LocalDate deadline = deadlineDate(duties);
            String recurrence = recurrence(duties);
            for (AgencyNames.Name n : own) {
                assignments
                        .add(new ExtractedAssignment(n.text(), role, null, VietnameseText.clean(duties), deadlineText,
                                deadline, recurrence, item.requested()));
            }
            if (role == AssignmentRole.LEAD) {
                for (AgencyNames.Name p : partners) {
                    assignments.add(new ExtractedAssignment(p.text(), AssignmentRole.SUPPORT, null,
                            VietnameseText.clean(duties), null, null, null, false));
                }
            }
            String reporter = own.stream().map(AgencyNames.Name::text).reduce((a, b) -> a + ", " + b).orElse(null);
            for (String part : dutyParts) {
                reportingIn(part, reporter, false);
            }
        }

        /** One assignment per agency, role and task; duties of repeated SUPPORT entries are joined. */
        private List<ExtractedAssignment> mergeAssignments() {
            List<ExtractedAssignment> out = new ArrayList<>();
            for (ExtractedAssignment a : assignments) {
                String key = AgencyNames.key(a.agency());
                int found = -1;
                for (int i = 0; i < out.size(); i++) {
                    ExtractedAssignment o = out.get(i);
                    if (AgencyNames.key(o.agency()).equals(key) && o.role() == a.role()
                            && Objects.equals(o.taskCode(), a.taskCode())) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    out.add(a);
                } else {
                    ExtractedAssignment o = out.get(found);
                    String duties = o.responsibilities() == null
                            ? a.responsibilities()
                            : a.responsibilities() == null || o.responsibilities().contains(a.responsibilities())
                                    ? o.responsibilities()
                                    : o.responsibilities() + "\n" + a.responsibilities();
                    out.set(found, new ExtractedAssignment(o.agency(), o.role(), o.taskCode(), duties,
                            o.deadlineText() != null ? o.deadlineText() : a.deadlineText(),
                            o.deadline() != null ? o.deadline() : a.deadline(),
                            o.recurrence() != null ? o.recurrence() : a.recurrence(), o.requested() || a.requested()));
                }
            }
            return out;
        }

        private static String deadlineText(String s) {
            Matcher m = DEADLINE.matcher(s);
            return m.find() ? VietnameseText.clean(m.group()) : null;
        }

        private static java.time.LocalDate deadlineDate(String s) {
            Matcher m = DEADLINE.matcher(s);
            if (m.find() && m.group(1) != null && m.group(3) != null) {
                return VietnameseText.date(m.group(3), m.group(2), m.group(1));
            }
            return null;
        }

        private static String recurrence(String s) {
            ReportPeriod p = ReportingRules.periodKeyword(VietnameseText.key(s));
            return p == null || p == ReportPeriod.AD_HOC ? null : p.name();
        }

        // ---------------------------------------------------------------- reporting

        private String reporterFrom(String leadIn, String line) {
            List<AgencyNames.Name> names = AgencyNames.list(line, 0);
            if (!names.isEmpty() && names.get(0).start() == 0) {
                return VietnameseText.clean(line.substring(0, names.get(names.size() - 1).end()));
            }
            if (leadIn != null) {
                return VietnameseText.clean(leadIn.replaceAll("(?iu)\\s*(?:có trách nhiệm|thực hiện)?\\s*:\\s*$", ""));
            }
            return null;
        }

        private void reportingIn(String text, String reporter, boolean reportingSection) {
            reporting.addAll(ReportingRules.rules(text, reporter, reportingSection, warnings));
        }

        // ---------------------------------------------------------------- budget

        private void budget(Section s) {
            for (Line l : s.lines()) {
                for (String clause : VietnameseText.splitOutsideParentheses(l.body(), ';')) {
                    budgetClause(clause.strip());
                }
            }
        }

        private void budgetClause(String body) {
            {
                String k = VietnameseText.key(body);
                List<BudgetKind> kinds = new ArrayList<>();
                if (k.contains("trung ương")) {
                    kinds.add(BudgetKind.CENTRAL);
                }
                if (k.contains("địa phương") || k.matches(
                        "(?s).*(?:ngân sách|nguồn vốn|kinh phí|dự toán).{0,160}"
                                + "\\b(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường)\\b.*")
                        || k.matches("(?s).*(?:ngân sách|nguồn vốn)\\s+(?:của\\s+)?(?:tỉnh|huyện|xã|thành phố).*")) {
                    kinds.add(BudgetKind.LOCAL);
                }
                if (k.matches("(?s).*(?:xã hội hóa|doanh nghiệp|nhà hảo tâm|huy động.{0,60}(?:cá nhân|cộng đồng)).*")) {
                    kinds.add(BudgetKind.SOCIALISED);
                }
                if (k.matches("(?s).*(?:tài trợ|viện trợ|tổ chức quốc tế|phi chính phủ|unicef|\\boda\\b).*")) {
                    kinds.add(BudgetKind.DONOR);
                }
                if (k.matches("(?s).*(?:hợp pháp khác|nguồn khác|nguồn kinh phí khác).*")) {
                    kinds.add(BudgetKind.OTHER);
                }
                if (kinds.isEmpty() && k.contains("ngân sách nhà nước")) {
                    kinds.add(BudgetKind.OTHER);
                    warn("BUDGET_KIND_UNCLEAR", "State budget without level (central or local)", body);
                }
                Matcher a = AMOUNT.matcher(k);
                java.math.BigDecimal amount = null;
                if (a.find()) {
                    amount = VietnameseText.number(a.group(1), false);
                    String unit = a.group(2) == null ? "" : a.group(2);
                    long factor = switch (unit) {
                        case "tỷ" -> 1_000_000_000L;
                        case "triệu" -> 1_000_000L;
                        case "nghìn", "ngàn" -> 1_000L;
                        default -> 1L;
                    };
                    amount = amount.multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros();
                    if (amount.scale() < 0) {
                        amount = amount.setScale(0);
                    }
                }
                for (BudgetKind kindOfSource : kinds) {
                    budget.add(new ExtractedBudgetSource(kindOfSource, body, kinds.size() == 1 ? amount : null));
                }
            }
        }
    }
}
