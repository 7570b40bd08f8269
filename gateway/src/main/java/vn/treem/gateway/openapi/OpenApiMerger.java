package vn.treem.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges OpenAPI documents into one, so that nothing collides silently:
 * <ul>
 * <li>paths are unioned; a path defined by two documents is kept from the first and listed as a conflict;</li>
 * <li>components (schemas, responses, parameters, ...) are unioned; identical definitions are kept once; a same-named
 * but different definition is renamed {@code <part>_<Name>} in its document, every {@code $ref} to it there is
 * rewritten, and the renaming is listed;</li>
 * <li>security schemes are kept (the first of a name wins; a differing one is listed as a conflict);</li>
 * <li>each document's top-level {@code security} is moved onto its own operations, so one document's requirement does
 * not spread to another's operations;</li>
 * <li>tags are unioned by name.</li>
 * </ul>
 * The report goes into {@code info.x-treem-merge}; parts that could not be fetched are listed in
 * {@code info.x-treem-unavailable}.
 */
public final class OpenApiMerger {

    /**
     * One document to merge.
     *
     * @param name
     *            short name, used to rename colliding components ({@code case} gives {@code case_Label})
     * @param label
     *            name shown in the merge report ({@code case-service})
     * @param document
     *            the OpenAPI document as JSON
     */
    public record Part(String name, String label, JsonNode document) {
    }

    static final String COMPONENTS_REF = "#/components/";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** Referenced by name from security requirements, not by {@code $ref}: never renamed. */
    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String title;
    private final String description;

    public OpenApiMerger(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public ObjectNode merge(List<Part> parts, List<String> unavailable) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", parts.stream().map(p -> p.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", title);
        info.put("version", "1");
        info.put("description", description);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        ArrayNode sources = NODES.arrayNode();
        ArrayNode renamed = NODES.arrayNode();
        ArrayNode pathConflicts = NODES.arrayNode();
        ArrayNode componentConflicts = NODES.arrayNode();
        Map<String, String> pathOwners = new HashMap<>();
        Set<String> tagNames = new HashSet<>();

        for (Part part : parts) {
            if (!(part.document() instanceof ObjectNode original)) {
                continue;
            }
            sources.add(part.label());
            ObjectNode doc = original.deepCopy();
            Map<String, Map<String, String>> renames = renames(part.name(), doc.path("components"), components);
            rewriteRefs(doc, renames);

            doc.path("components").fields().forEachRemaining(kind -> {
                if (!kind.getValue().isObject()) {
                    return;
                }
                ObjectNode target = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                Map<String, String> kindRenames = renames.getOrDefault(kind.getKey(), Map.of());
                kind.getValue().fields().forEachRemaining(component -> {
                    String name = kindRenames.getOrDefault(component.getKey(), component.getKey());
                    JsonNode existing = target.get(name);
                    if (existing == null) {
                        target.set(name, component.getValue());
                    } else if (!existing.equals(component.getValue())) {
                        componentConflicts.addObject().put("service", part.label()).put("kind", kind.getKey())
                                .put("name", name).put("kept", "first definition");
                    }
                });
                kindRenames.forEach((from, to) -> renamed.addObject().put("service", part.label())
                        .put("kind", kind.getKey()).put("from", from).put("to", to));
            });

            JsonNode security = doc.get("security");
            doc.path("paths").fields().forEachRemaining(path -> {
                String owner = pathOwners.get(path.getKey());
                if (owner != null) {
                    pathConflicts.addObject().put("path", path.getKey()).put("keptFrom", owner)
                            .put("droppedFrom", part.label());
                    return;
                }
                if (security != null && security.isArray() && path.getValue() instanceof ObjectNode item) {
                    item.fields().forEachRemaining(operation -> {
                        if (OPERATIONS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op
                                && !op.has("security")) {
                            op.set("security", security.deepCopy());
                        }
                    });
                }
                paths.set(path.getKey(), path.getValue());
                pathOwners.put(path.getKey(), part.label());
            });

            for (JsonNode tag : doc.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }

        ObjectNode report = info.putObject("x-treem-merge");
        report.set("sources", sources);
        report.set("renamed", renamed);
        report.set("pathConflicts", pathConflicts);
        report.set("componentConflicts", componentConflicts);
        ArrayNode down = info.putArray("x-treem-unavailable");
        unavailable.forEach(down::add);
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
        return merged;
    }

    /**
     * The components of one document that must be renamed: those whose definition differs from the merged one of the
     * same name. Renaming one component changes the references in others, which may then differ in turn; hence the loop
     * until nothing changes.
     */
    private static Map<String, Map<String, String>> renames(String partName, JsonNode partComponents,
            ObjectNode mergedComponents) {
        Map<String, Map<String, String>> renames = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            JsonNode probe = partComponents.deepCopy();
            rewriteRefs(probe, renames);
            for (Iterator<Map.Entry<String, JsonNode>> kinds = probe.fields(); kinds.hasNext();) {
                Map.Entry<String, JsonNode> kind = kinds.next();
                if (SECURITY_SCHEMES.equals(kind.getKey()) || !kind.getValue().isObject()) {
                    continue;
                }
                Map<String, String> kindRenames = renames.computeIfAbsent(kind.getKey(), k -> new LinkedHashMap<>());
                for (Iterator<Map.Entry<String, JsonNode>> items = kind.getValue().fields(); items.hasNext();) {
                    Map.Entry<String, JsonNode> item = items.next();
                    JsonNode existing = mergedComponents.path(kind.getKey()).get(item.getKey());
                    if (!kindRenames.containsKey(item.getKey()) && existing != null
                            && !existing.equals(item.getValue())) {
                        kindRenames.put(item.getKey(), freeName(partName + "_" + item.getKey(),
                                mergedComponents.path(kind.getKey()), kind.getValue(), kindRenames));
                        changed = true;
                    }
                }
            }
        }
        renames.values().removeIf(Map::isEmpty);
        return renames;
    }

    private static String freeName(String wanted, JsonNode merged, JsonNode own, Map<String, String> renames) {
        String name = wanted;
        for (int i = 2; merged.has(name) || own.has(name) || renames.containsValue(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }

    /** Rewrites {@code $ref}s (and discriminator mappings) to renamed components, anywhere in {@code node}. */
    static void rewriteRefs(JsonNode node, Map<String, Map<String, String>> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                JsonNode value = object.get(field);
                if ("$ref".equals(field) && value.isTextual()) {
                    object.put(field, rewrite(value.asText(), renames));
                } else if ("mapping".equals(field) && value instanceof ObjectNode mapping
                        && object.has("propertyName")) {
                    List<String> keys = new ArrayList<>();
                    mapping.fieldNames().forEachRemaining(keys::add);
                    for (String key : keys) {
                        if (mapping.get(key).isTextual()) {
                            mapping.put(key, rewrite(mapping.get(key).asText(), renames));
                        }
                    }
                } else {
                    rewriteRefs(value, renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
    }

    static String rewrite(String ref, Map<String, Map<String, String>> renames) {
        if (!ref.startsWith(COMPONENTS_REF)) {
            return ref;
        }
        String rest = ref.substring(COMPONENTS_REF.length());
        int kindEnd = rest.indexOf('/');
        if (kindEnd < 0) {
            return ref;
        }
        String kind = rest.substring(0, kindEnd);
        String after = rest.substring(kindEnd + 1);
        int nameEnd = after.indexOf('/');
        String encodedName = nameEnd < 0 ? after : after.substring(0, nameEnd);
        String remainder = nameEnd < 0 ? "" : after.substring(nameEnd);
        String name = encodedName.replace("~1", "/").replace("~0", "~");
        String renamed = renames.getOrDefault(kind, Map.of()).get(name);
        if (renamed == null) {
            return ref;
        }
        return COMPONENTS_REF + kind + "/" + renamed.replace("~", "~0").replace("/", "~1") + remainder;
    }
}
