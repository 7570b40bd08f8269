package vn.treem.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.CustomResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Strict parsing of rendered documents into the Java models: fabric8's Kubernetes model for the built-in kinds,
 * Strimzi's own model for its custom resources. Both models keep unknown fields in an "additional properties" map
 * instead of failing, so besides {@code FAIL_ON_UNKNOWN_PROPERTIES} every parsed object is walked and any additional
 * property — a misspelt or misplaced field, which the API server would silently drop — is an error. Deprecated fields
 * (Java {@code @Deprecated} getters, e.g. Strimzi fields removed from its v1 API) are errors too.
 */
final class StrictModel {

    /** apiVersion + kind of the built-in and Strimzi kinds we use, and their Java model. */
    static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class), Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class), Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true)
            .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);

    private StrictModel() {
    }

    static String typeKey(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    }

    /** The Java model of this document's apiVersion and kind, if it has one here. */
    static Optional<Class<?>> modelOf(JsonNode doc) {
        return Optional.ofNullable(TYPES.get(typeKey(doc)));
    }

    /** Parses {@code doc} into {@code type}; returns the problems found (empty: the document is strictly valid). */
    static List<String> problems(JsonNode doc, Class<?> type) {
        List<String> problems = new ArrayList<>();
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(doc, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(
                    "does not parse as " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            return problems;
        }
        if (parsed instanceof HasMetadata resource && !(parsed instanceof CustomResource<?, ?>)) {
            // (A custom resource's model reports its class's storage version; the CRD schema checks the version.)
            if (!doc.path("apiVersion").asText().equals(resource.getApiVersion())) {
                problems.add("apiVersion " + doc.path("apiVersion").asText() + " is not " + resource.getApiVersion());
            }
        }
        walk(parsed, type.getSimpleName(), problems, new IdentityHashMap<>());
        return problems;
    }

    /** Parses only the metadata (for custom resources without a Java model here). */
    static List<String> metadataProblems(JsonNode doc) {
        return problems(doc.path("metadata"), ObjectMeta.class).stream().map(p -> "metadata: " + p).toList();
    }

    private static void walk(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || isLeaf(value.getClass()) || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class || !isGetter(m)) {
                continue;
            }
            Object child;
            try {
                child = m.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            String name = m.getName().equals("getAdditionalProperties") ? "additionalProperties" : property(m);
            if (name.equals("additionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            if (child != null && m.isAnnotationPresent(Deprecated.class) && !isEmpty(child)) {
                problems.add(path + "." + name + ": deprecated field");
            }
            walk(child, path + "." + name, problems, seen);
        }
    }

    private static boolean isEmpty(Object child) {
        return child instanceof Collection<?> c && c.isEmpty() || child instanceof Map<?, ?> m && m.isEmpty()
                || child instanceof Boolean b && !b;
    }

    private static boolean isGetter(Method m) {
        String n = m.getName();
        return (n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)
                && m.getReturnType() != void.class;
    }

    private static String property(Method m) {
        String n = m.getName().startsWith("is") ? m.getName().substring(2) : m.getName().substring(3);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static final Set<String> LEAF_PACKAGES = Set.of("java.", "javax.", "com.fasterxml.", "sun.", "jdk.");

    private static boolean isLeaf(Class<?> c) {
        if (c.isPrimitive() || c.isEnum() || c.isArray()) {
            return true;
        }
        if (Map.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)) {
            return false;
        }
        String n = c.getName();
        return LEAF_PACKAGES.stream().anyMatch(n::startsWith);
    }
}
