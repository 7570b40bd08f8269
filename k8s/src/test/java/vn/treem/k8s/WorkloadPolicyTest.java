package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The rules every workload of every overlay follows: probes, resources, hardened security context, pinned images. */
class WorkloadPolicyTest {

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    private static List<JsonNode> workloads(String overlay) {
        List<JsonNode> all = new ArrayList<>();
        for (String kind : List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod")) {
            all.addAll(Manifests.ofKind(overlay, kind));
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_container_has_startup_readiness_and_liveness_probes_on_http_health_endpoints(String overlay) {
        List<String> missing = new ArrayList<>();
        for (JsonNode w : workloads(overlay)) {
            for (JsonNode c : Manifests.podSpec(w).path("containers")) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    JsonNode get = c.path(probe).path("httpGet");
                    if (!get.has("path") || !get.path("path").asText().contains("health") || !get.has("port")) {
                        missing.add(Manifests.id(w) + "/" + c.path("name").asText() + " " + probe);
                    }
                }
            }
        }
        assertThat(missing).as("containers without an HTTP health probe").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void the_services_probe_quarkus_health_started_ready_and_live(String overlay) {
        for (String service : Manifests.SERVICES) {
            JsonNode c = Manifests.container(overlay, service);
            assertThat(c.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_container_requests_and_limits_cpu_and_memory(String overlay) {
        List<String> missing = new ArrayList<>();
        for (JsonNode w : workloads(overlay)) {
            for (JsonNode c : Manifests.allContainers(Manifests.podSpec(w))) {
                for (String path : List.of("/resources/requests/cpu", "/resources/requests/memory",
                        "/resources/limits/cpu", "/resources/limits/memory")) {
                    if (c.at(path).asText().isBlank()) {
                        missing.add(Manifests.id(w) + "/" + c.path("name").asText() + path);
                    }
                }
                if (!c.at("/resources/limits/memory").isMissingNode() && !c.at("/resources/requests/memory")
                        .isMissingNode()
                        && Quantities.bytes(c.at("/resources/requests/memory").asText()) > Quantities
                                .bytes(c.at("/resources/limits/memory").asText())) {
                    missing.add(Manifests.id(w) + "/" + c.path("name").asText() + " requests more than its limit");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void the_service_memory_covers_the_measured_footprint_and_the_heap_is_half_the_limit(String overlay) {
        // docs/benchmarks.md: idle RSS up to 343 MB (reporting-service) with -Xmx256m; gateway 132 MB.
        Map<String, Long> measuredRss = Map.of("gateway", 132_000_000L, "plan-service", 316_000_000L,
                "case-service", 331_000_000L, "reporting-service", 343_000_000L);
        for (String service : Manifests.SERVICES) {
            JsonNode c = Manifests.container(overlay, service);
            long request = Quantities.bytes(c.at("/resources/requests/memory").asText());
            long limit = Quantities.bytes(c.at("/resources/limits/memory").asText());
            assertThat(request).as(service + " memory request").isGreaterThanOrEqualTo(measuredRss.get(service));
            int ratio = Integer.parseInt(Manifests.env(overlay, c, "JAVA_MAX_MEM_RATIO").orElseThrow());
            long heap = limit * ratio / 100;
            assertThat(heap).as(service + " heap").isGreaterThanOrEqualTo(
                    service.equals("gateway") ? 128L * 1024 * 1024 : 256L * 1024 * 1024);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_container_runs_as_non_root_on_a_read_only_filesystem_without_capabilities(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode w : workloads(overlay)) {
            JsonNode pod = Manifests.podSpec(w);
            for (JsonNode c : Manifests.allContainers(pod)) {
                String id = Manifests.id(w) + "/" + c.path("name").asText();
                JsonNode sc = c.path("securityContext");
                JsonNode psc = pod.path("securityContext");
                boolean nonRoot = sc.path("runAsNonRoot").asBoolean(psc.path("runAsNonRoot").asBoolean(false));
                if (!nonRoot || sc.path("runAsUser").asInt(psc.path("runAsUser").asInt(1)) == 0) {
                    problems.add(id + ": may run as root");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(id + ": writable root filesystem");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(id + ": privilege escalation allowed");
                }
                if (sc.path("privileged").asBoolean(false)) {
                    problems.add(id + ": privileged");
                }
                List<String> drop = new ArrayList<>();
                sc.path("capabilities").path("drop").forEach(d -> drop.add(d.asText()));
                if (!drop.contains("ALL") || sc.path("capabilities").path("add").size() > 0) {
                    problems.add(id + ": capabilities not all dropped");
                }
                String seccomp = sc.path("seccompProfile").path("type")
                        .asText(psc.path("seccompProfile").path("type").asText(""));
                if (!seccomp.equals("RuntimeDefault")) {
                    problems.add(id + ": seccomp profile is not RuntimeDefault");
                }
            }
            if (pod.path("hostNetwork").asBoolean(false) || pod.path("hostPID").asBoolean(false)) {
                problems.add(Manifests.id(w) + ": shares the host's namespaces");
            }
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(Manifests.id(w) + ": mounts a Kubernetes API token it does not need");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_image_is_pinned_by_tag_or_digest_never_latest(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode w : workloads(overlay)) {
            for (JsonNode c : Manifests.allContainers(Manifests.podSpec(w))) {
                problems.addAll(Images.problems(c.path("image").asText(), overlay.endsWith("production")).stream()
                        .map(p -> Manifests.id(w) + "/" + c.path("name").asText() + ": " + p).toList());
            }
        }
        for (JsonNode cluster : Manifests.ofKind(overlay, "Cluster")) {
            problems.addAll(Images.problems(cluster.path("spec").path("imageName").asText(), true).stream()
                    .map(p -> Manifests.id(cluster) + ": " + p).toList());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_image_rule_rejects_latest_missing_tags_and_snapshots_in_production() {
        assertThat(Images.problems("registry.treem.example.vn/treem/gateway", false)).isNotEmpty();
        assertThat(Images.problems("quay.io/keycloak/keycloak:latest", false)).isNotEmpty();
        assertThat(Images.problems("registry:5000/treem/gateway", false)).isNotEmpty();
        assertThat(Images.problems("registry.treem.example.vn/treem/gateway:0.1.0-SNAPSHOT", true)).isNotEmpty();
        assertThat(Images.problems("registry.treem.example.vn/treem/gateway:0.1.0-SNAPSHOT", false)).isEmpty();
        assertThat(Images.problems("registry:5000/treem/gateway:0.1.0", true)).isEmpty();
        assertThat(Images.problems("quay.io/x/y@sha256:" + "a".repeat(64), true)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_deployment_rolls_out_without_downtime_and_has_a_service_a_budget_and_an_autoscaler_where_needed(
            String overlay) {
        for (JsonNode d : Manifests.ofKind(overlay, "Deployment")) {
            String name = Manifests.name(d);
            assertThat(d.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1)).as(name + " maxUnavailable")
                    .isZero();
            Map<String, String> podLabels = Selectors.labels(d.at("/spec/template/metadata"));
            assertThat(Selectors.selects(d.at("/spec/selector"), podLabels)).as(name + " selects its own pods")
                    .isTrue();
            assertThat(Manifests.ofKind(overlay, "PodDisruptionBudget"))
                    .as(name + " has a PodDisruptionBudget")
                    .anyMatch(pdb -> Selectors.selects(pdb.at("/spec/selector"), podLabels));
            assertThat(Manifests.ofKind(overlay, "Service")).as(name + " has a Service")
                    .anyMatch(s -> Selectors.selectsMap(s.at("/spec/selector"), podLabels));
        }
        for (String service : Manifests.SERVICES) {
            JsonNode hpa = Manifests.get(overlay, "HorizontalPodAutoscaler", service);
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(Manifests.find(overlay, "Deployment", hpa.at("/spec/scaleTargetRef/name").asText()))
                    .isPresent();
            assertThat(hpa.at("/spec/minReplicas").asInt()).isLessThanOrEqualTo(hpa.at("/spec/maxReplicas").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_service_port_reaches_a_named_container_port_of_the_pods_it_selects(String overlay) {
        for (JsonNode s : Manifests.ofKind(overlay, "Service")) {
            List<JsonNode> pods = Manifests.ofKind(overlay, "Deployment").stream()
                    .filter(d -> Selectors.selectsMap(s.at("/spec/selector"),
                            Selectors.labels(d.at("/spec/template/metadata"))))
                    .toList();
            assertThat(pods).as(Manifests.id(s) + " selects pods").isNotEmpty();
            for (JsonNode port : s.at("/spec/ports")) {
                String target = port.path("targetPort").asText();
                for (JsonNode d : pods) {
                    assertThat(Manifests.allContainers(Manifests.podSpec(d))).as(Manifests.id(s) + " → " + target)
                            .anyMatch(c -> {
                                for (JsonNode p : c.path("ports")) {
                                    if (target.equals(p.path("name").asText())
                                            || target.equals(p.path("containerPort").asText())) {
                                        return true;
                                    }
                                }
                                return false;
                            });
                }
            }
        }
    }

    @Test
    void production_runs_at_least_three_replicas_of_every_service_spread_over_nodes() {
        for (String service : Manifests.SERVICES) {
            JsonNode d = Manifests.get("overlays/production", "Deployment", service);
            assertThat(d.at("/spec/replicas").asInt()).as(service).isGreaterThanOrEqualTo(3);
            assertThat(Manifests.get("overlays/production", "HorizontalPodAutoscaler", service)
                    .at("/spec/minReplicas").asInt()).as(service).isGreaterThanOrEqualTo(3);
            assertThat(Manifests.podSpec(d).path("topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        }
        assertThat(Manifests.get("overlays/production", "Deployment", "keycloak").at("/spec/replicas").asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void local_runs_one_replica_of_everything() {
        for (JsonNode d : Manifests.ofKind("overlays/local", "Deployment")) {
            assertThat(d.at("/spec/replicas").asInt()).as(Manifests.id(d)).isEqualTo(1);
        }
    }
}
