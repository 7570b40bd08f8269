package vn.treem.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OpenAPI v3 schemas of the operators' CustomResourceDefinitions (src/test/resources/crds, see its NOTICE.md), used
 * as JSON Schemas. The API server prunes fields a structural schema does not declare, silently: here they are errors —
 * every object schema that lists its properties, and neither declares additionalProperties nor
 * x-kubernetes-preserve-unknown-fields, gets {@code additionalProperties: false}. Not checked: CEL rules
 * (x-kubernetes-validations), which need a CEL interpreter.
 */
final class CrdSchemas {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Map<String, JsonSchema> SCHEMAS = load();

    private CrdSchemas() {
    }

    /** The schema for this document's apiVersion and kind, if a vendored CRD serves that version. */
    static Optional<JsonSchema> schemaOf(JsonNode doc) {
        return Optional.ofNullable(SCHEMAS.get(StrictModel.typeKey(doc)));
    }

    static List<String> problems(JsonNode doc, JsonSchema schema) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(doc)) {
            problems.add(m.getMessage());
        }
        return problems;
    }

    private static Map<String, JsonSchema> load() {
        Map<String, JsonSchema> schemas = new HashMap<>();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        Path dir = Manifests.k8sDir().resolve("src/test/resources/crds");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode crd = YAML.readTree(file.toFile());
                if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean()) {
                        continue;
                    }
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    tighten(schema, true);
                    schemas.put(group + "/" + version.path("name").asText() + "/" + kind,
                            factory.getSchema(schema, config));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(schemas);
    }

    /** Adds additionalProperties: false where Kubernetes would prune unknown fields. */
    static void tighten(JsonNode schema, boolean root) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        boolean preserve = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !preserve) {
            node.put("additionalProperties", false);
        }
        if (root && node.path("properties").has("metadata")) {
            // metadata is Kubernetes' ObjectMeta, checked with the fabric8 model instead.
            ((ObjectNode) node.get("properties")).putObject("metadata").put("type", "object");
        }
        node.path("properties").fields().forEachRemaining(e -> {
            if (!(root && e.getKey().equals("metadata"))) {
                tighten(e.getValue(), false);
            }
        });
        tighten(node.path("items"), false);
        tighten(node.path("additionalProperties"), false);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(s -> tighten(s, false));
        }
    }
}
