package vn.treem.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.treem.k8s.kustomize.Kustomize;

/** The rendered overlays (rendered once per test run) and lookups in them. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("overlays/local", "overlays/production");
    /** The application's services, as named in the manifests and in the Maven modules. */
    static final List<String> SERVICES = List.of("gateway", "plan-service", "case-service", "reporting-service");
    static final List<String> BACKEND_SERVICES = List.of("plan-service", "case-service", "reporting-service");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The k8s module's directory. */
    static Path k8sDir() {
        return Path.of(System.getProperty("treem.k8s.dir", ".")).toAbsolutePath().normalize();
    }

    /** The repository's root (the parent of k8s/). */
    static Path repoDir() {
        return k8sDir().getParent();
    }

    static List<ObjectNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> List.copyOf(Kustomize.render(k8sDir().resolve(o))));
    }

    /** Every directory under k8s/ holding a kustomization.yaml. */
    static List<String> kustomizations() {
        try (Stream<Path> files = Files.walk(k8sDir())) {
            return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !p.startsWith(k8sDir().resolve("target")) && !p.startsWith(k8sDir().resolve("src")))
                    .map(p -> k8sDir().relativize(p.getParent()).toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(n -> kind.equals(n.path("kind").asText())).map(n -> (JsonNode) n)
                .toList();
    }

    static Optional<JsonNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(n -> name.equals(name(n))).findFirst();
    }

    static JsonNode get(String overlay, String kind, String name) {
        return find(overlay, kind, name)
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " named " + name));
    }

    static String name(JsonNode n) {
        return n.path("metadata").path("name").asText();
    }

    static String id(JsonNode n) {
        return n.path("kind").asText() + "/" + name(n);
    }

    /** The pod template spec of a workload, or missing. */
    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    /** Containers and init containers of a pod spec. */
    static List<JsonNode> allContainers(JsonNode podSpec) {
        List<JsonNode> all = new ArrayList<>();
        podSpec.path("initContainers").forEach(all::add);
        podSpec.path("containers").forEach(all::add);
        return all;
    }

    /** The value of an environment variable of a container, from env or from a rendered ConfigMap in envFrom. */
    static Optional<String> env(String overlay, JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (variable.equals(e.path("name").asText()) && e.has("value")) {
                return Optional.of(e.get("value").asText());
            }
        }
        String found = null;
        for (JsonNode from : container.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asText(null);
            if (cm != null) {
                JsonNode data = get(overlay, "ConfigMap", cm).path("data");
                if (data.has(variable)) {
                    found = data.get(variable).asText(); // later sources win, as in Kubernetes
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The secretKeyRef of an environment variable of a container, or missing. */
    static JsonNode secretRef(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (variable.equals(e.path("name").asText())) {
                return e.path("valueFrom").path("secretKeyRef");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static JsonNode container(String overlay, String deployment) {
        return podSpec(get(overlay, "Deployment", deployment)).path("containers").get(0);
    }
}
