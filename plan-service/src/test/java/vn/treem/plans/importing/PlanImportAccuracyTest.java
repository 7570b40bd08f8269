package vn.treem.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures the importer against hand-written expected extractions of the three real plan documents
 * (src/test/resources/plan-documents/expected). Precision and recall are computed for targets (year + comparator +
 * value + upper, as a multiset), assignments (normalised agency + role, as a set) and reporting rules (period + due
 * dates, as a multiset). The figures are printed and recorded in docs/plan-import.md.
 */
class PlanImportAccuracyTest {

    static final List<String> DOCUMENTS = List.of("000_035caaf87a9552a3", "001_8083cb804103f92a",
            "002_da3eec05a32708a3");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlanDocumentParser PARSER = new PlanDocumentParser();
    private static final Map<String, Score> TOTALS = new HashMap<>();
    private static final Set<String> MEASURED = new TreeSet<>();

    /** True positives, extracted and expected counts of one set. */
    record Score(int truePositives, int extracted, int expected) {

        double precision() {
            return extracted == 0 ? 1.0 : (double) truePositives / extracted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, extracted + o.extracted, expected + o.expected);
        }
    }

    static String resource(String path) {
        try (InputStream in = PlanImportAccuracyTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedPlan parse(String document) {
        return PARSER.parse(resource("/plan-documents/" + document + ".txt"));
    }

    static JsonNode expected(String document) {
        try {
            return JSON.readTree(resource("/plan-documents/expected/" + document + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String targetKey(int year, String comparator, BigDecimal value, BigDecimal upper) {
        return year + "|" + comparator + "|" + value.stripTrailingZeros().toPlainString() + "|"
                + (upper == null ? "" : upper.stripTrailingZeros().toPlainString());
    }

    static List<String> expectedTargets(JsonNode e) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : e.get("targets")) {
            JsonNode upper = t.get("upperValue");
            out.add(targetKey(t.get("year").asInt(), t.get("comparator").asText(), t.get("value").decimalValue(),
                    upper == null || upper.isNull() ? null : upper.decimalValue()));
        }
        return out;
    }

    static List<String> extractedTargets(ExtractedPlan p) {
        return p.objectives().stream().flatMap(o -> o.indicators().stream()).flatMap(i -> i.targets().stream())
                .map(t -> targetKey(t.year(), t.comparator().name(), t.value(), t.upperValue())).toList();
    }

    /** Agency key independent of the parser: lower case, "Ủy ban nhân dân" → "ubnd", no "các", no punctuation. */
    static String agencyKey(String agency) {
        String k = Normalizer.normalize(agency, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        k = k.replace("ủy ban nhân dân", "ubnd").replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\bcác\\b", " ");
        return k.replaceAll("\\s+", " ").strip();
    }

    static List<String> expectedAssignments(JsonNode e) {
        Set<String> out = new LinkedHashSet<>();
        e.get("assignments").forEach(a -> out.add(agencyKey(a.get("agency").asText()) + "|" + a.get("role").asText()));
        return List.copyOf(out);
    }

    static List<String> extractedAssignments(ExtractedPlan p) {
        return List.copyOf(p.assignments().stream().map(a -> agencyKey(a.agency()) + "|" + a.role().name())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static List<String> expectedReporting(JsonNode e) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : e.get("reporting")) {
            List<String> dates = new ArrayList<>();
            r.get("dueDates").forEach(d -> dates.add(d.asText()));
            out.add(r.get("period").asText() + "|" + new TreeSet<>(dates));
        }
        return out;
    }

    static List<String> extractedReporting(ExtractedPlan p) {
        return p.reporting().stream().map(r -> r.period().name() + "|" + new TreeSet<>(r.dueDates().stream()
                .map(d -> String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())).toList())).toList();
    }

    /** Multiset intersection size. */
    static Score score(List<String> extracted, List<String> expected) {
        Map<String, Long> left = expected.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        int tp = 0;
        for (String x : extracted) {
            Long n = left.get(x);
            if (n != null && n > 0) {
                tp++;
                left.put(x, n - 1);
            }
        }
        return new Score(tp, extracted.size(), expected.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_035caaf87a9552a3", "001_8083cb804103f92a", "002_da3eec05a32708a3"})
    void measuresPrecisionAndRecall(String document) {
        ExtractedPlan plan = parse(document);
        JsonNode e = expected(document);
        Map<String, Score> scores = Map.of("targets", score(extractedTargets(plan), expectedTargets(e)), "assignments",
                score(extractedAssignments(plan), expectedAssignments(e)), "reporting",
                score(extractedReporting(plan), expectedReporting(e)));
        for (String set : List.of("targets", "assignments", "reporting")) {
            Score s = scores.get(set);
            synchronized (TOTALS) {
                TOTALS.merge(set, s, Score::plus);
                MEASURED.add(document);
            }
            System.out.printf(Locale.ROOT, "ACCURACY %s %-11s tp=%2d extracted=%2d expected=%2d P=%.3f R=%.3f%n",
                    document, set, s.truePositives(), s.extracted(), s.expected(), s.precision(), s.recall());
        }
        assertThat(scores.get("targets").recall()).as("target recall of " + document).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("assignments").recall()).as("assignment recall of " + document)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("assignments").precision()).as("assignment precision of " + document)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("reporting").recall()).as("reporting recall of " + document).isGreaterThanOrEqualTo(0.9);
    }

    @AfterAll
    static void printOverallAndCheckFloors() {
        if (MEASURED.size() < DOCUMENTS.size()) {
            return;
        }
        for (String set : List.of("targets", "assignments", "reporting")) {
            Score s = TOTALS.get(set);
            System.out.printf(Locale.ROOT, "ACCURACY overall %-11s tp=%2d extracted=%2d expected=%2d P=%.3f R=%.3f%n",
                    set, s.truePositives(), s.extracted(), s.expected(), s.precision(), s.recall());
        }
        assertThat(TOTALS.get("targets").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(TOTALS.get("targets").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(TOTALS.get("assignments").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(TOTALS.get("assignments").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(TOTALS.get("reporting").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(TOTALS.get("reporting").precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyTargetOfTheMuongTeDocumentIsExtractedExactly() {
        String document = "001_8083cb804103f92a";
        List<String> expected = expectedTargets(expected(document));
        List<String> extracted = extractedTargets(parse(document));
        assertThat(expected).hasSize(23);
        assertThat(extracted).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_035caaf87a9552a3", "001_8083cb804103f92a", "002_da3eec05a32708a3"})
    void headerLegalBasesTasksBudgetAndWarningsMatch(String document) {
        ExtractedPlan p = parse(document);
        JsonNode e = expected(document);
        assertThat(p.number()).isEqualTo(text(e, "number"));
        assertThat(p.issueDate())
                .isEqualTo(text(e, "issueDate") == null ? null : LocalDate.parse(text(e, "issueDate")));
        assertThat(p.place()).isEqualTo(text(e, "place"));
        assertThat(p.issuer()).isEqualTo(text(e, "issuer"));
        assertThat(p.title()).isEqualTo(text(e, "title"));
        assertThat(p.kind()).hasToString(text(e, "kind"));
        assertThat(p.periodFromYear()).isEqualTo(e.get("periodFromYear").isNull()
                ? null
                : e.get("periodFromYear").asInt());
        assertThat(p.periodToYear()).isEqualTo(e.get("periodToYear").isNull() ? null : e.get("periodToYear").asInt());
        List<String> bases = new ArrayList<>();
        e.get("legalBases").forEach(b -> bases.add(b.get("documentType").asText() + "|" + b.get("number").asText() + "|"
                + b.get("date").asText() + "|" + b.get("issuer").asText()));
        assertThat(p.legalBases().stream()
                .map(b -> b.documentType() + "|" + b.number() + "|" + b.date() + "|" + b.issuer()).toList())
                .containsExactlyElementsOf(bases);
        List<String> tasks = new ArrayList<>();
        e.get("taskCodes").forEach(t -> tasks.add(t.asText()));
        assertThat(p.tasks()).extracting(ExtractedTask::code).containsExactlyElementsOf(tasks);
        Set<String> budget = new TreeSet<>();
        e.get("budgetKinds").forEach(b -> budget.add(b.asText()));
        Set<String> budgetKinds = new TreeSet<>();
        p.budgetSources().forEach(b -> budgetKinds.add(b.kind().name()));
        assertThat(budgetKinds).isEqualTo(budget);
        List<String> warnings = new ArrayList<>();
        e.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(p.warnings()).extracting(ImportWarning::code).containsAll(warnings);
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
