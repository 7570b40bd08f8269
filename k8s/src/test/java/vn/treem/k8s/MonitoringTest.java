package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Scraping, alert rules and the dashboard: they point at what exists and use metrics something exports. */
class MonitoringTest {

    private static final String PRODUCTION = "overlays/production";
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "rate", "increase",
            "irate", "time", "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
            "histogram_quantile", "abs", "clamp_min", "offset", "bool", "topk", "bottomk", "label_values");
    /**
     * Metrics of exporters outside this repository: Quarkus Micrometer (HTTP server, JVM), Prometheus itself, the
     * Strimzi Kafka exporter, the CloudNativePG exporter and its Barman Cloud plugin (see their documentation).
     */
    private static final Set<String> EXTERNAL_METRICS = Set.of("up", "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum", "jvm_memory_used_bytes", "kafka_consumergroup_lag",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_under_replicated_partition",
            "cnpg_pg_replication_lag", "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp");

    /** Metric names the platform registers with Micrometer, as Prometheus names them. */
    static Set<String> platformMetrics() throws Exception {
        Set<String> names = new HashSet<>();
        try (var files = Files.walk(Manifests.repoDir().resolve("platform/src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher counters = Pattern.compile("\\.counter\\(\"(treem\\.[a-z.\\-]+)\"").matcher(src);
                while (counters.find()) {
                    names.add(counters.group(1).replace('.', '_').replace('-', '_') + "_total");
                }
                Matcher gauges = Pattern.compile("Gauge\\.builder\\(\"(treem\\.[a-z.\\-]+)\"").matcher(src);
                while (gauges.find()) {
                    names.add(gauges.group(1).replace('.', '_').replace('-', '_'));
                }
            }
        }
        return names;
    }

    /** Metrics of the custom queries the CloudNativePG exporter runs: cnpg_<query>_<column>. */
    static Set<String> customQueryMetrics() throws Exception {
        Set<String> names = new HashSet<>();
        JsonNode queries = new YAMLMapper()
                .readTree(Manifests.k8sDir().resolve("operators/postgres/reporting-db-queries.yaml").toFile());
        queries.fields().forEachRemaining(q -> q.getValue().path("metrics")
                .forEach(m -> m.fieldNames().forEachRemaining(c -> names.add("cnpg_" + q.getKey() + "_" + c))));
        return names;
    }

    static Set<String> knownMetrics() throws Exception {
        Set<String> known = new HashSet<>(EXTERNAL_METRICS);
        known.addAll(platformMetrics());
        known.addAll(customQueryMetrics());
        return known;
    }

    /** The metric names a PromQL expression reads. */
    static Set<String> metricsIn(String expr) {
        String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("\\{[^}]*}", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "").replaceAll("\\[[^]]*]", "");
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(s);
        while (m.find()) {
            String t = m.group();
            if (!PROMQL_WORDS.contains(t) && (t.contains("_") || t.equals("up"))) {
                names.add(t);
            }
        }
        return names;
    }

    static boolean balanced(String expr) {
        int depth = 0;
        for (char c : expr.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    @Test
    void the_metric_name_extraction_finds_metrics_and_skips_labels_functions_and_ranges() {
        assertThat(metricsIn("sum by (job, topic) (rate(treem_outbox_failures_total{topic=\"a_b\"}[5m])) > 0"))
                .containsExactly("treem_outbox_failures_total");
        assertThat(balanced("sum(rate(x[5m])")).isFalse();
    }

    @Test
    void every_service_is_scraped_on_its_quarkus_metrics_endpoint() {
        for (String service : Manifests.SERVICES) {
            JsonNode svc = Manifests.get(PRODUCTION, "Service", service);
            List<JsonNode> monitors = Manifests.ofKind(PRODUCTION, "ServiceMonitor").stream()
                    .filter(m -> Selectors.selects(m.at("/spec/selector"), Selectors.labels(svc.path("metadata"))))
                    .toList();
            assertThat(monitors).as(service).hasSize(1);
            JsonNode endpoint = monitors.get(0).at("/spec/endpoints/0");
            assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
            assertThat(svc.at("/spec/ports").findValuesAsText("name")).contains(endpoint.path("port").asText());
        }
    }

    @Test
    void prometheus_finds_every_monitor_and_rule_by_the_label_part_of_treem() {
        for (String kind : List.of("ServiceMonitor", "PodMonitor", "PrometheusRule")) {
            assertThat(Manifests.ofKind(PRODUCTION, kind)).as(kind).isNotEmpty().allMatch(
                    m -> m.at("/metadata/labels/app.kubernetes.io~1part-of").asText().equals("treem"));
        }
    }

    @Test
    void every_monitor_selects_something_that_is_deployed() {
        for (JsonNode m : Manifests.ofKind(PRODUCTION, "ServiceMonitor")) {
            assertThat(Manifests.ofKind(PRODUCTION, "Service")).as(Manifests.id(m))
                    .anyMatch(s -> Selectors.selects(m.at("/spec/selector"), Selectors.labels(s.path("metadata"))));
        }
        JsonNode postgres = Manifests.get(PRODUCTION, "PodMonitor", "treem-postgres");
        assertThat(Selectors.selects(postgres.at("/spec/selector"),
                java.util.Map.of("cnpg.io/cluster", "case-db", "cnpg.io/podRole", "instance"))).isTrue();
    }

    @Test
    void the_alerts_cover_lag_outbox_deadlines_and_errors_and_are_documented() throws Exception {
        String operations = Files.readString(Manifests.repoDir().resolve("docs/operations.md"));
        Set<String> known = knownMetrics();
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : Manifests.get(PRODUCTION, "PrometheusRule", "treem-alerts").at("/spec/groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                String expr = rule.path("expr").asText();
                alerts.add(alert);
                assertThat(balanced(expr)).as(alert).isTrue();
                assertThat(metricsIn(expr)).as(alert + " reads metrics").isNotEmpty();
                assertThat(known).as(alert + " reads metrics something exports").containsAll(metricsIn(expr));
                assertThat(rule.at("/labels/severity").asText()).as(alert).isIn("warning", "critical");
                assertThat(rule.at("/annotations/summary").asText()).as(alert).isNotBlank();
                assertThat(operations).as(alert + " is explained in docs/operations.md").contains(alert);
            }
        }
        assertThat(alerts).contains("TreemConsumerLag", "TreemOutboxBacklog", "TreemDeadlinesMissedSpike",
                "TreemHighErrorRate").doesNotHaveDuplicates();
    }

    @Test
    void the_grafana_dashboard_is_provisioned_and_reads_known_metrics() throws Exception {
        JsonNode cm = Manifests.get(PRODUCTION, "ConfigMap", "treem-grafana-dashboard");
        assertThat(cm.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = new ObjectMapper().readTree(cm.at("/data/treem-dashboard.json").asText());
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(8);
        Set<String> known = knownMetrics();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.at("/datasource/uid").asText()).isEqualTo("${datasource}");
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertThat(balanced(expr)).as(panel.path("title").asText()).isTrue();
                assertThat(known).as(panel.path("title").asText()).containsAll(metricsIn(expr));
            }
        }
    }

    @Test
    void the_deadline_metric_reads_only_the_reporting_database_which_holds_no_personal_data() throws Exception {
        JsonNode queries = new YAMLMapper()
                .readTree(Manifests.k8sDir().resolve("operators/postgres/reporting-db-queries.yaml").toFile());
        queries.fields().forEachRemaining(q -> assertThat(q.getValue().path("target_databases").toString())
                .isEqualTo("[\"reporting\"]"));
        JsonNode cluster = Manifests.get(PRODUCTION, "Cluster", "reporting-db");
        assertThat(cluster.at("/spec/monitoring/customQueriesConfigMap/0/name").asText())
                .isEqualTo("reporting-db-monitoring");
        assertThat(Manifests.ofKind(PRODUCTION, "Cluster")).filteredOn(c -> c.at("/spec/monitoring").has(
                "customQueriesConfigMap")).extracting(Manifests::name).containsExactly("reporting-db");
    }
}
