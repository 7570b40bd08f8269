package vn.treem.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of a service's OpenAPI document, with its parameters and JSON request body schema resolved
 * ({@code $ref}, {@code allOf}, OpenAPI 3.1 type lists).
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, List<String> bodyMediaTypes,
        JsonNode bodySchema, boolean bodyRequired) {

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** A write: its mutated forms must all be refused. */
    public boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The body is JSON (the fuzzer can build and mutate it). */
    public boolean hasJsonBody() {
        return bodySchema != null && bodyMediaTypes.contains("application/json");
    }

    /** The body is something other than JSON (a file, multipart, any type). */
    public boolean hasOtherBody() {
        return !bodyMediaTypes.isEmpty() && !hasJsonBody();
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in.equals(in)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** The operations of an OpenAPI document ({@code /q/openapi?format=json}). */
    public static List<ApiOperation> parse(JsonNode document) {
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            schemas.resolve(p.path("schema"), 0), p.path("required").asBoolean(false)));
                }
                JsonNode content = op.path("requestBody").path("content");
                List<String> mediaTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(mediaTypes::add);
                JsonNode bodySchema = content.has("application/json")
                        ? schemas.resolve(content.path("application/json").path("schema"), 0)
                        : null;
                operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters),
                        List.copyOf(mediaTypes), bodySchema, op.path("requestBody").path("required").asBoolean(false)));
            }
        }
        return List.copyOf(operations);
    }

    /** Inlines references so that generators see plain schemas (depth-limited: schemas may be recursive). */
    static final class Schemas {

        private final JsonNode components;

        Schemas(JsonNode components) {
            this.components = components;
        }

        JsonNode resolve(JsonNode schema, int depth) {
            if (schema == null || schema.isMissingNode() || depth > 8) {
                return null;
            }
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                JsonNode target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
                return resolve(target, depth + 1);
            }
            ObjectNode copy = schema.deepCopy();
            if (schema.has("allOf")) {
                ObjectNode merged = copy.objectNode();
                ObjectNode properties = merged.putObject("properties");
                var required = merged.putArray("required");
                for (JsonNode part : schema.get("allOf")) {
                    JsonNode resolved = resolve(part, depth + 1);
                    if (resolved == null) {
                        continue;
                    }
                    resolved.fields().forEachRemaining(f -> {
                        if (f.getKey().equals("properties")) {
                            properties.setAll((ObjectNode) f.getValue());
                        } else if (f.getKey().equals("required")) {
                            required.addAll((com.fasterxml.jackson.databind.node.ArrayNode) f.getValue());
                        } else if (!merged.has(f.getKey())) {
                            merged.set(f.getKey(), f.getValue());
                        }
                    });
                }
                copy.remove("allOf");
                copy.setAll(merged);
            }
            for (String alternative : List.of("oneOf", "anyOf")) {
                if (schema.has(alternative)) {
                    for (JsonNode option : schema.get(alternative)) {
                        JsonNode resolved = resolve(option, depth + 1);
                        if (resolved != null && !"null".equals(resolved.path("type").asText())) {
                            copy.remove(alternative);
                            resolved.fields().forEachRemaining(f -> {
                                if (!copy.has(f.getKey())) {
                                    copy.set(f.getKey(), f.getValue());
                                }
                            });
                            break;
                        }
                    }
                }
            }
            JsonNode type = copy.get("type");
            if (type != null && type.isArray()) {
                String first = "string";
                for (JsonNode t : type) {
                    if (!t.asText().equals("null")) {
                        first = t.asText();
                        break;
                    }
                }
                copy.put("type", first);
            }
            if (copy.has("properties")) {
                ObjectNode properties = copy.objectNode();
                copy.get("properties").fields().forEachRemaining(f -> {
                    JsonNode resolved = resolve(f.getValue(), depth + 1);
                    if (resolved != null) {
                        properties.set(f.getKey(), resolved);
                    }
                });
                copy.set("properties", properties);
                if (!copy.has("type")) {
                    copy.put("type", "object");
                }
            }
            if (copy.has("items")) {
                JsonNode items = resolve(copy.get("items"), depth + 1);
                if (items == null) {
                    copy.remove("items");
                } else {
                    copy.set("items", items);
                }
            }
            return copy;
        }
    }
}
