package vn.treem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Patch (RFC 6902) operations {@code add}, {@code remove}, {@code replace} and {@code test}. */
final class Json6902 {

    private Json6902() {
    }

    static void apply(ObjectNode document, ArrayNode operations, String where) {
        for (JsonNode op : operations) {
            String kind = op.path("op").asText();
            String path = op.path("path").asText(null);
            if (path == null || !path.startsWith("/")) {
                throw new KustomizeException(where + ": operation without a JSON pointer path: " + op);
            }
            String[] tokens = path.substring(1).split("/", -1);
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
            }
            JsonNode parent = document;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = step(parent, tokens[i], where, path);
            }
            String last = tokens[tokens.length - 1];
            switch (kind) {
                case "add" -> add(parent, last, value(op, where), where, path);
                case "remove" -> remove(parent, last, where, path);
                case "replace" -> {
                    remove(parent, last, where, path);
                    add(parent, last, value(op, where), where, path);
                }
                case "test" -> {
                    if (!step(parent, last, where, path).equals(value(op, where))) {
                        throw new KustomizeException(where + ": test failed at " + path);
                    }
                }
                default -> throw new KustomizeException(where + ": operation '" + kind + "' is not supported");
            }
        }
    }

    private static JsonNode value(JsonNode op, String where) {
        if (!op.has("value")) {
            throw new KustomizeException(where + ": operation without value: " + op);
        }
        return op.get("value").deepCopy();
    }

    private static JsonNode step(JsonNode node, String token, String where, String path) {
        JsonNode next = node.isArray() ? node.get(index(token, node.size() - 1, where, path)) : node.get(token);
        if (next == null) {
            throw new KustomizeException(where + ": path " + path + " does not exist");
        }
        return next;
    }

    private static void add(JsonNode parent, String token, JsonNode value, String where, String path) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            if (token.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(token, array.size(), where, path), value);
            }
        } else {
            throw new KustomizeException(where + ": cannot add below a scalar at " + path);
        }
    }

    private static void remove(JsonNode parent, String token, String where, String path) {
        if (parent instanceof ObjectNode object) {
            if (object.remove(token) == null) {
                throw new KustomizeException(where + ": path " + path + " does not exist");
            }
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(token, array.size() - 1, where, path));
        } else {
            throw new KustomizeException(where + ": path " + path + " does not exist");
        }
    }

    private static int index(String token, int max, String where, String path) {
        try {
            int i = Integer.parseInt(token);
            if (i < 0 || i > max) {
                throw new KustomizeException(where + ": index out of range at " + path);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new KustomizeException(where + ": '" + token + "' is not a list index at " + path);
        }
    }
}
