package vn.treem.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates the ingress NetworkPolicies of a rendered overlay the way Kubernetes does: a pod selected by no policy
 * accepts everything; a pod selected by policies accepts a connection if one of their rules allows the source (pod and
 * namespace selectors) and the port (number or named container port). Pods of the overlay come from its Deployments;
 * the pods operators create are modelled from their documented labels and ports.
 */
final class NetworkPolicies {

    /** A pod that may send or receive: its namespace (with labels), its labels and its named ports. */
    record Pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports) {

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final String namespace;
    private final List<JsonNode> policies;
    private final Map<String, Pod> pods = new HashMap<>();

    NetworkPolicies(String overlay) {
        this.policies = Manifests.ofKind(overlay, "NetworkPolicy");
        this.namespace = policies.get(0).at("/metadata/namespace").asText();
        for (JsonNode d : Manifests.ofKind(overlay, "Deployment")) {
            Map<String, Integer> ports = new HashMap<>();
            for (JsonNode c : Manifests.podSpec(d).path("containers")) {
                c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            }
            add(new Pod(Manifests.name(d), namespace, Selectors.labels(d.at("/spec/template/metadata")), ports));
        }
        for (JsonNode c : Manifests.ofKind(overlay, "Cluster")) {
            add(new Pod(Manifests.name(c), namespace,
                    Map.of("cnpg.io/cluster", Manifests.name(c), "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "metrics", 9187, "status", 8000)));
        }
        for (JsonNode k : Manifests.ofKind(overlay, "Kafka")) {
            add(new Pod(Manifests.name(k) + "-kafka-exporter", namespace,
                    Map.of("strimzi.io/name", Manifests.name(k) + "-kafka-exporter", "strimzi.io/kind", "Kafka",
                            "strimzi.io/cluster", Manifests.name(k)),
                    Map.of("tcp-prometheus", 9404)));
        }
        for (String ns : List.of("ingress-nginx", "monitoring", "cnpg-system", "elsewhere")) {
            add(new Pod(ns, ns, Map.of("app", ns), Map.of()));
        }
    }

    private void add(Pod pod) {
        pods.put(pod.name(), pod);
    }

    Pod pod(String name) {
        Pod p = pods.get(name);
        if (p == null) {
            throw new AssertionError("no pod " + name);
        }
        return p;
    }

    List<Pod> podsInNamespace() {
        return pods.values().stream().filter(p -> p.namespace().equals(namespace)).toList();
    }

    /** The policies that select {@code pod} for ingress. */
    List<JsonNode> selecting(Pod pod) {
        List<JsonNode> selecting = new ArrayList<>();
        for (JsonNode p : policies) {
            boolean ingress = false;
            for (JsonNode t : p.at("/spec/policyTypes")) {
                ingress |= t.asText().equals("Ingress");
            }
            if (ingress && p.at("/metadata/namespace").asText().equals(pod.namespace())
                    && Selectors.selects(p.at("/spec/podSelector"), pod.labels())) {
                selecting.add(p);
            }
        }
        return selecting;
    }

    /** Whether {@code from} may open a TCP connection to {@code to} on {@code port}. */
    boolean allows(String from, String to, int port) {
        Pod src = pod(from);
        Pod dst = pod(to);
        List<JsonNode> selecting = selecting(dst);
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                if (peerAllowed(rule.path("from"), src, policy) && portAllowed(rule.path("ports"), dst, port)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean peerAllowed(JsonNode from, Pod src, JsonNode policy) {
        if (from.isMissingNode() || from.isEmpty()) {
            return true;
        }
        for (JsonNode peer : from) {
            boolean hasPods = peer.has("podSelector");
            boolean hasNamespaces = peer.has("namespaceSelector");
            if (peer.has("ipBlock")) {
                throw new AssertionError("ipBlock peers are not modelled: " + policy);
            }
            boolean namespaceOk = hasNamespaces
                    ? Selectors.selects(peer.path("namespaceSelector"),
                            src.namespaceLabels())
                    : src.namespace().equals(policy.at("/metadata/namespace").asText());
            boolean podOk = !hasPods || Selectors.selects(peer.path("podSelector"), src.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portAllowed(JsonNode ports, Pod dst, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals("TCP")) {
                continue;
            }
            JsonNode value = p.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            int number = value.isInt() ? value.asInt() : dst.ports().getOrDefault(value.asText(), -1);
            if (number == port) {
                return true;
            }
        }
        return false;
    }
}
