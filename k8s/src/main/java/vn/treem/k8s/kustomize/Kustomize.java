package vn.treem.k8s.kustomize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a Kustomize directory the way {@code kubectl kustomize} does, for the subset of Kustomize that Treem's
 * manifests use (ADR 0015). Anything outside that subset is an error rather than being ignored, so that a manifest
 * relying on a feature this renderer does not know cannot pass the tests unnoticed.
 *
 * <p>
 * Supported {@code kustomization.yaml} fields: {@code resources} (files and directories, no URLs), {@code namespace},
 * {@code labels} (without {@code includeSelectors}), {@code commonAnnotations}, {@code patches} (strategic merge or
 * JSON 6902, with or without {@code target}), {@code images}, {@code replicas}, {@code configMapGenerator} (files,
 * literals; {@code behavior: create}) and {@code generatorOptions}. Transformers run in Kustomize's order at each
 * level: patches, namespace, labels, annotations, images, replicas. Generated ConfigMaps get a content-hash name suffix
 * at the end and every reference to them in pod specs is rewritten, as Kustomize does (the suffix itself is not
 * byte-identical to Kustomize's: it only has to change when the content changes).
 */
public final class Kustomize {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper().configure(
            SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS,
            true);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
            "labels", "commonAnnotations", "patches", "images", "replicas", "configMapGenerator", "generatorOptions");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ClusterIssuer");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");
    /** Kinds whose lists merge by key in a strategic merge patch: the built-in API groups. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io");
    /** patchMergeKey of the Kubernetes API for the list fields our patches touch. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name", "env",
            "name", "volumes", "name", "volumeMounts", "mountPath", "ports", "containerPort", "imagePullSecrets",
            "name");

    private Kustomize() {
    }

    /** One rendered object and, for a generated ConfigMap, the name it is referenced by before the hash suffix. */
    private record Resource(ObjectNode node, String generatedName, boolean hashSuffix) {

        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }
    }

    /** Renders the Kustomize directory {@code dir}: the objects {@code kubectl kustomize dir} would print. */
    public static List<ObjectNode> render(Path dir) {
        List<Resource> resources = build(dir.toAbsolutePath().normalize());
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Resource r : resources) {
            if (r.generatedName() != null && r.hashSuffix()) {
                String name = r.generatedName() + "-" + contentHash(r.node());
                ((ObjectNode) r.node().get("metadata")).put("name", name);
                renamed.put(r.node().path("metadata").path("namespace").asText() + "/" + r.generatedName(), name);
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Resource r : resources) {
            if (!renamed.isEmpty()) {
                String ns = r.node().path("metadata").path("namespace").asText();
                forEachPodSpec(r.node(), spec -> renameConfigMapReferences(spec, ns, renamed));
            }
            out.add(r.node());
        }
        return out;
    }

    /** Renders {@code dir} as one multi-document YAML text. */
    public static String renderYaml(Path dir) {
        StringBuilder text = new StringBuilder();
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        for (ObjectNode node : render(dir)) {
            try {
                text.append("---\n").append(yaml.writeValueAsString(node));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    private static List<Resource> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException(dir + ": no kustomization.yaml");
        }
        JsonNode k = readOne(file);
        k.fieldNames().forEachRemaining(field -> {
            if (!KUSTOMIZATION_FIELDS.contains(field)) {
                throw new KustomizeException(file + ": field '" + field + "' is not supported by this renderer");
            }
        });
        List<Resource> resources = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            String ref = entry.asText();
            if (ref.contains("://") || ref.startsWith("github.com/")) {
                throw new KustomizeException(file + ": remote resource '" + ref + "' is not supported");
            }
            Path path = dir.resolve(ref).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                for (JsonNode doc : readAll(path)) {
                    if (!doc.isObject() || !doc.has("kind")) {
                        throw new KustomizeException(path + ": a document without kind");
                    }
                    resources.add(new Resource((ObjectNode) doc, null, false));
                }
            } else {
                throw new KustomizeException(file + ": resource '" + ref + "' does not exist");
            }
        }
        generateConfigMaps(dir, k, resources);
        checkUnique(file, resources);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, resources);
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (Resource r : resources) {
                if (!CLUSTER_SCOPED.contains(r.kind())) {
                    metadata(r.node()).put("namespace", ns);
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            applyLabels(file, label, resources);
        }
        if (k.has("commonAnnotations")) {
            for (Resource r : resources) {
                k.get("commonAnnotations").fields().forEachRemaining(
                        a -> child(metadata(r.node()), "annotations").put(a.getKey(), a.getValue().asText()));
            }
        }
        for (JsonNode image : k.path("images")) {
            applyImage(file, image, resources);
        }
        for (JsonNode replica : k.path("replicas")) {
            applyReplicas(file, replica, resources);
        }
        checkUnique(file, resources);
        return resources;
    }

    // ------------------------------------------------------------------ generators

    private static void generateConfigMaps(Path dir, JsonNode k, List<Resource> resources) {
        JsonNode options = k.path("generatorOptions");
        for (JsonNode gen : k.path("configMapGenerator")) {
            String behavior = gen.path("behavior").asText("create");
            if (!behavior.equals("create")) {
                throw new KustomizeException(dir + ": configMapGenerator behavior '" + behavior + "' is not supported");
            }
            Set<String> known = Set.of("name", "namespace", "behavior", "files", "literals", "options");
            gen.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    throw new KustomizeException(dir + ": configMapGenerator field '" + f + "' is not supported");
                }
            });
            ObjectNode cm = NODES.objectNode();
            cm.put("apiVersion", "v1");
            cm.put("kind", "ConfigMap");
            ObjectNode meta = cm.putObject("metadata");
            String name = required(gen, "name", dir);
            meta.put("name", name);
            if (gen.hasNonNull("namespace")) {
                meta.put("namespace", gen.get("namespace").asText());
            }
            ObjectNode data = NODES.objectNode();
            Map<String, String> sorted = new TreeMap<>();
            for (JsonNode f : gen.path("files")) {
                String spec = f.asText();
                int eq = spec.indexOf('=');
                String key = eq < 0 ? Path.of(spec).getFileName().toString() : spec.substring(0, eq);
                Path path = within(dir, dir.resolve(eq < 0 ? spec : spec.substring(eq + 1)).normalize());
                try {
                    sorted.put(key, Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new KustomizeException(dir + ": configMapGenerator file '" + path + "' cannot be read");
                }
            }
            for (JsonNode l : gen.path("literals")) {
                String spec = l.asText();
                int eq = spec.indexOf('=');
                if (eq <= 0) {
                    throw new KustomizeException(dir + ": literal '" + spec + "' is not key=value");
                }
                sorted.put(spec.substring(0, eq), unquote(spec.substring(eq + 1)));
            }
            sorted.forEach(data::put);
            cm.set("data", data);
            boolean hash = !options.path("disableNameSuffixHash").asBoolean(false)
                    && !gen.path("options").path("disableNameSuffixHash").asBoolean(false);
            for (JsonNode opts : List.of(options, gen.path("options"))) {
                opts.path("labels").fields()
                        .forEachRemaining(e -> child(meta, "labels").put(e.getKey(), e.getValue().asText()));
                opts.path("annotations").fields()
                        .forEachRemaining(e -> child(meta, "annotations").put(e.getKey(), e.getValue().asText()));
            }
            resources.add(new Resource(cm, name, hash));
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** A 10-character suffix from the SHA-256 of the ConfigMap's kind, name and data in canonical JSON. */
    static String contentHash(ObjectNode configMap) {
        try {
            ObjectNode canonical = NODES.objectNode();
            canonical.put("kind", configMap.path("kind").asText());
            canonical.put("name", configMap.path("metadata").path("name").asText());
            canonical.set("data", configMap.path("data"));
            byte[] json = JSON.writeValueAsBytes(JSON.treeToValue(canonical, Object.class));
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
            // As Kustomize does, avoid vowels-and-digits words by mapping some characters to consonants.
            return hex.substring(0, 10).replace('0', 'g').replace('1', 'h').replace('3', 'k').replace('a', 'm')
                    .replace('e', 't');
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ patches

    private static void applyPatch(Path dir, JsonNode patch, List<Resource> resources) {
        patch.fieldNames().forEachRemaining(f -> {
            if (!Set.of("path", "patch", "target").contains(f)) {
                throw new KustomizeException(dir + ": patch field '" + f + "' is not supported");
            }
        });
        List<JsonNode> docs;
        String where;
        if (patch.has("path")) {
            Path path = within(dir, dir.resolve(patch.get("path").asText()).normalize());
            if (!Files.isRegularFile(path)) {
                throw new KustomizeException(dir + ": patch file '" + path + "' does not exist");
            }
            docs = readAll(path);
            where = path.toString();
        } else if (patch.has("patch")) {
            docs = readAll(patch.get("patch").asText(), dir + " (inline patch)");
            where = dir + " (inline patch)";
        } else {
            throw new KustomizeException(dir + ": a patch needs path or patch");
        }
        if (docs.size() != 1) {
            throw new KustomizeException(where + ": a patch must hold exactly one document");
        }
        JsonNode doc = docs.get(0);
        JsonNode target = patch.path("target");
        List<Resource> matches = new ArrayList<>();
        for (Resource r : resources) {
            if (target.isMissingNode() ? sameObject(r.node(), doc) : matches(r, target)) {
                matches.add(r);
            }
        }
        if (matches.isEmpty()) {
            throw new KustomizeException(where + ": the patch matches no resource");
        }
        for (Resource r : matches) {
            if (doc.isArray()) {
                Json6902.apply(r.node(), (ArrayNode) doc, where);
            } else if (doc.isObject()) {
                ObjectNode body = ((ObjectNode) doc).deepCopy();
                if (!target.isMissingNode()) {
                    // With a target, the patch's own identity fields only have to be present, not to match.
                    body.remove("apiVersion");
                    body.remove("kind");
                    if (body.path("metadata").isObject()) {
                        ((ObjectNode) body.get("metadata")).remove("name");
                        ((ObjectNode) body.get("metadata")).remove("namespace");
                    }
                }
                strategicMerge(r.node(), body, builtIn(r.node()), where);
            } else {
                throw new KustomizeException(where + ": a patch is a map or a list of operations");
            }
        }
    }

    private static boolean sameObject(ObjectNode resource, JsonNode patch) {
        return resource.path("kind").asText().equals(patch.path("kind").asText())
                && group(resource).equals(group(patch))
                && resource.path("metadata").path("name").asText()
                        .equals(patch.path("metadata").path("name").asText());
    }

    private static boolean matches(Resource r, JsonNode target) {
        target.fieldNames().forEachRemaining(f -> {
            if (!Set.of("group", "version", "kind", "name", "namespace", "labelSelector").contains(f)) {
                throw new KustomizeException("patch target field '" + f + "' is not supported");
            }
        });
        ObjectNode node = r.node();
        String apiVersion = node.path("apiVersion").asText();
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        return (!target.has("group") || target.get("group").asText().equals(group(node)))
                && (!target.has("version") || target.get("version").asText().equals(version))
                && (!target.has("kind") || target.get("kind").asText().equals(r.kind()))
                && (!target.has("name") || Pattern.matches(target.get("name").asText(), r.name()))
                && (!target.has("namespace") || target.get("namespace").asText()
                        .equals(node.path("metadata").path("namespace").asText()))
                && (!target.has("labelSelector")
                        || selects(target.get("labelSelector").asText(), node.path("metadata").path("labels")));
    }

    /** An equality-based label selector: {@code a=b,c=d} (also {@code a==b}, {@code a!=b}). */
    static boolean selects(String selector, JsonNode labels) {
        for (String term : selector.split(",")) {
            String t = term.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains("!=")) {
                String[] kv = t.split("!=", 2);
                if (kv[1].trim().equals(labels.path(kv[0].trim()).asText(null))) {
                    return false;
                }
            } else if (t.contains("=")) {
                String[] kv = t.replace("==", "=").split("=", 2);
                if (!kv[1].trim().equals(labels.path(kv[0].trim()).asText(null))) {
                    return false;
                }
            } else if (!labels.has(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean builtIn(ObjectNode node) {
        return BUILT_IN_GROUPS.contains(group(node));
    }

    private static String group(JsonNode node) {
        String apiVersion = node.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    /**
     * Strategic merge of {@code patch} into {@code target}: maps merge, {@code null} deletes, lists of the built-in
     * kinds merge by their Kubernetes merge key ({@link #MERGE_KEYS}), other lists are replaced (as Kustomize does for
     * custom resources, whose schema it does not know).
     */
    static void strategicMerge(ObjectNode target, JsonNode patch, boolean builtIn, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.startsWith("$")) {
                throw new KustomizeException(where + ": patch directive '" + key + "' is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                strategicMerge((ObjectNode) current, value, builtIn, where);
            } else if (value.isArray() && current != null && current.isArray() && builtIn
                    && MERGE_KEYS.containsKey(key) && allObjects(value) && allObjects(current)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key), where);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String mergeKey, String where) {
        for (JsonNode item : patch) {
            JsonNode key = item.get(mergeKey);
            if (key == null) {
                throw new KustomizeException(where + ": list item without its merge key '" + mergeKey + "'");
            }
            ObjectNode existing = null;
            for (JsonNode c : current) {
                if (key.equals(c.get(mergeKey))) {
                    existing = (ObjectNode) c;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                strategicMerge(existing, item, true, where);
            }
        }
    }

    // ------------------------------------------------------------------ other transformers

    private static void applyLabels(Path file, JsonNode label, List<Resource> resources) {
        label.fieldNames().forEachRemaining(f -> {
            if (!Set.of("pairs", "includeSelectors", "includeTemplates").contains(f)) {
                throw new KustomizeException(file + ": labels field '" + f + "' is not supported");
            }
        });
        if (label.path("includeSelectors").asBoolean(false)) {
            throw new KustomizeException(file + ": labels with includeSelectors are not supported (selectors are"
                    + " immutable: keep them explicit in the manifests)");
        }
        boolean templates = label.path("includeTemplates").asBoolean(false);
        for (Resource r : resources) {
            label.path("pairs").fields().forEachRemaining(p -> {
                child(metadata(r.node()), "labels").put(p.getKey(), p.getValue().asText());
                if (templates && WORKLOADS.contains(r.kind())) {
                    ObjectNode template = child(child(r.node(), "spec"), "template");
                    child(child(template, "metadata"), "labels").put(p.getKey(), p.getValue().asText());
                }
            });
        }
    }

    private static void applyImage(Path file, JsonNode image, List<Resource> resources) {
        String name = required(image, "name", file);
        int[] hits = {0};
        for (Resource r : resources) {
            forEachContainer(r.node(), container -> {
                String ref = container.path("image").asText();
                if (imageName(ref).equals(name)) {
                    String newName = image.path("newName").asText(name);
                    String replaced;
                    if (image.hasNonNull("digest")) {
                        replaced = newName + "@" + image.get("digest").asText();
                    } else if (image.hasNonNull("newTag")) {
                        replaced = newName + ":" + image.get("newTag").asText();
                    } else {
                        replaced = newName + ref.substring(imageName(ref).length());
                    }
                    container.put("image", replaced);
                    hits[0]++;
                }
            });
        }
        if (hits[0] == 0) {
            throw new KustomizeException(file + ": image '" + name + "' is used by no container");
        }
    }

    /**
     * The image reference without tag and digest: {@code registry:5000/a/b:1.0@sha256:..} gives
     * {@code registry:5000/a/b}.
     */
    static String imageName(String ref) {
        String withoutDigest = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static void applyReplicas(Path file, JsonNode replica, List<Resource> resources) {
        String name = required(replica, "name", file);
        boolean hit = false;
        for (Resource r : resources) {
            if (SCALABLE.contains(r.kind()) && r.name().equals(name)) {
                child(r.node(), "spec").put("replicas", replica.path("count").asInt());
                hit = true;
            }
        }
        if (!hit) {
            throw new KustomizeException(file + ": replicas for '" + name + "' match no workload");
        }
    }

    // ------------------------------------------------------------------ walking pod specs

    private static void forEachPodSpec(ObjectNode node, java.util.function.Consumer<ObjectNode> action) {
        JsonNode spec = node.path("spec");
        if (WORKLOADS.contains(node.path("kind").asText()) && spec.path("template").path("spec").isObject()) {
            action.accept((ObjectNode) spec.path("template").path("spec"));
        } else if ("CronJob".equals(node.path("kind").asText())) {
            JsonNode podSpec = spec.path("jobTemplate").path("spec").path("template").path("spec");
            if (podSpec.isObject()) {
                action.accept((ObjectNode) podSpec);
            }
        } else if ("Pod".equals(node.path("kind").asText()) && spec.isObject()) {
            action.accept((ObjectNode) spec);
        }
    }

    /** Every object in a {@code containers} or {@code initContainers} list, at any depth (as Kustomize's images). */
    private static void forEachContainer(JsonNode node, java.util.function.Consumer<ObjectNode> action) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers"))
                        && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.isObject() && c.has("image")) {
                            action.accept((ObjectNode) c);
                        }
                    }
                }
                forEachContainer(e.getValue(), action);
            });
        } else if (node.isArray()) {
            node.forEach(n -> forEachContainer(n, action));
        }
    }

    private static void renameConfigMapReferences(ObjectNode podSpec, String ns, Map<String, String> renamed) {
        for (JsonNode volume : podSpec.path("volumes")) {
            rename(volume.path("configMap"), "name", ns, renamed);
            for (JsonNode source : volume.path("projected").path("sources")) {
                rename(source.path("configMap"), "name", ns, renamed);
            }
        }
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode c : podSpec.path(list)) {
                for (JsonNode env : c.path("env")) {
                    rename(env.path("valueFrom").path("configMapKeyRef"), "name", ns, renamed);
                }
                for (JsonNode from : c.path("envFrom")) {
                    rename(from.path("configMapRef"), "name", ns, renamed);
                }
            }
        }
    }

    private static void rename(JsonNode holder, String field, String ns, Map<String, String> renamed) {
        if (holder.isObject() && holder.has(field)) {
            String hashed = renamed.get(ns + "/" + holder.get(field).asText());
            if (hashed != null) {
                ((ObjectNode) holder).set(field, TextNode.valueOf(hashed));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void checkUnique(Path file, List<Resource> resources) {
        Set<String> seen = new java.util.HashSet<>();
        for (Resource r : resources) {
            String id = group(r.node()) + "/" + r.kind() + "/" + r.node().path("metadata").path("namespace").asText()
                    + "/" + r.name();
            if (!seen.add(id)) {
                throw new KustomizeException(file + ": resource " + id + " is defined twice");
            }
        }
    }

    /** Kustomize's load restriction: files (not kustomization directories) must be in or below the kustomization. */
    private static Path within(Path dir, Path file) {
        if (!file.startsWith(dir)) {
            throw new KustomizeException(dir + ": file '" + file + "' is not in or below the kustomization directory");
        }
        return file;
    }

    private static ObjectNode metadata(ObjectNode node) {
        return child(node, "metadata");
    }

    private static ObjectNode child(ObjectNode node, String field) {
        JsonNode c = node.get(field);
        if (c == null || c.isNull()) {
            return node.putObject(field);
        }
        if (!c.isObject()) {
            throw new KustomizeException("field '" + field + "' is not a map");
        }
        return (ObjectNode) c;
    }

    private static String required(JsonNode node, String field, Object where) {
        if (!node.hasNonNull(field)) {
            throw new KustomizeException(where + ": '" + field + "' is required");
        }
        return node.get(field).asText();
    }

    private static JsonNode readOne(Path file) {
        List<JsonNode> docs = readAll(file);
        if (docs.size() != 1 || !docs.get(0).isObject()) {
            throw new KustomizeException(file + ": expected one YAML map");
        }
        return docs.get(0);
    }

    static List<JsonNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> readAll(String text, String where) {
        // One value per YAML document; a document that is a list stays one list (readValues would unwrap it).
        try (var parser = YAML.createParser(text)) {
            List<JsonNode> docs = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode doc = YAML.readTree(parser);
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException | RuntimeException e) {
            throw new KustomizeException(where + ": not valid YAML: " + e.getMessage());
        }
    }
}
