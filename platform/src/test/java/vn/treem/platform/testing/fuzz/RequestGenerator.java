package vn.treem.platform.testing.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The mutation fuzzer's generator: for an operation drawn from the OpenAPI document, a valid-ish baseline request
 * (required properties, types, enums, formats, minimum/maximum, examples) with one mutation. A write whose mutation
 * could leave it valid (an injection string in a free-text field, a huge string without maxLength) gets a second,
 * invalidating one, so that every mutated write must be refused.
 */
public final class RequestGenerator implements Gen<FuzzRequest> {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * One shared string of 700,000 characters (800 KB, under plan-service's 1 MB body limit): many requests reference
     * it, none copies it.
     */
    static final String HUGE = "Ư".repeat(100_000) + "x".repeat(600_000);

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE outbox_event; --", "\" OR 1=1 --",
            "'; SELECT pg_sleep(30); --", "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1:1/a}",
            "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "nul\u0000byte", "😀🧒\u202Eevil", "null",
            "NaN", "{{7*7}}", "#{7*7}", "%s%s%s%n", "١٢٣٤٥", "\\u0000", "') UNION SELECT * FROM pg_user --",
            "*", "\t\r\n", " ", "");
    static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "99999-01-01", "2026-1-1", "20260101",
            "yesterday", "2026-02-30T25:61:00Z", "0000-00-00", "2026-00-10");
    /**
     * Syntactically valid dates that make no sense here: the server may parse them, so writes add a second mutation.
     */
    static final List<String> ODD_DATES = List.of("0000-01-01", "+99999-12-31", "1900-01-01", "-0001-01-01");
    static final List<String> BAD_DATE_TIMES = List.of("2026-02-30T10:00:00Z", "2026-01-01T24:00:01+07:00",
            "2026-01-01 08:00", "99999-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "tomorrow", "1700000000");
    static final List<String> ODD_DATE_TIMES = List.of("0000-01-01T00:00:00Z", "+99999-01-01T00:00:00Z",
            "2026-01-01T08:00:00", "1900-01-01T00:00:00+14:00");
    static final List<String> BAD_IDS = List.of("not-a-uuid", "12345", "0", "-1",
            "00000000-0000-0000-0000-00000000000g", "123e4567-e89b-12d3-a456-4266141740000", "a".repeat(2000),
            "..", "%2e%2e%2f%2e%2e", "'", ";", "null", "undefined");
    static final List<String> INVALID_UTF8_ESCAPES = List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%F8%88%80%80",
            "%E2%82");

    private final List<ApiOperation> operations;
    private final Supplier<String> bearer;
    private final BiFunction<ApiOperation, String, String> pathValues;
    /** Operations that take no token by design: a missing or garbage token does not make their requests invalid. */
    private final Predicate<ApiOperation> open;
    private final int[] counter = {0};
    /** Each mutation kind, weighted, with the operations it applies to: kinds are drawn first, evenly. */
    private final List<MutationKind> kinds = new ArrayList<>();
    private final Map<MutationKind, List<ApiOperation>> operationsByKind = new java.util.EnumMap<>(
            MutationKind.class);

    /**
     * @param bearer
     *            the Authorization header of a caller allowed to use the operations
     * @param pathValues
     *            a known value for a path parameter (e.g. an existing case), or null for a random UUID
     */
    public RequestGenerator(List<ApiOperation> operations, Supplier<String> bearer,
            BiFunction<ApiOperation, String, String> pathValues) {
        this(operations, bearer, pathValues, op -> false);
    }

    /**
     * @param open
     *            operations that take no token by design (e.g. the development token issuer): never given a missing or
     *            garbage token as the mutation that makes them invalid
     */
    public RequestGenerator(List<ApiOperation> operations, Supplier<String> bearer,
            BiFunction<ApiOperation, String, String> pathValues, Predicate<ApiOperation> open) {
        this.operations = operations;
        this.bearer = bearer;
        this.pathValues = pathValues;
        this.open = open;
        for (ApiOperation op : operations) {
            for (MutationKind kind : applicable(op)) {
                operationsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(op);
            }
        }
        for (MutationKind kind : MutationKind.values()) {
            if (operationsByKind.containsKey(kind)) {
                int weight = switch (kind) {
                    case AUTH_MISSING, AUTH_GARBAGE, BODY_EMPTY, CONTENT_TYPE_WRONG -> 1;
                    case BODY_WRONG_TYPE, BODY_INJECTION, PATH_NOT_AN_ID, QUERY_INJECTION -> 3;
                    default -> 2;
                };
                for (int i = 0; i < weight; i++) {
                    kinds.add(kind);
                }
            }
        }
    }

    /** Draws from jqwik-like building blocks of QuickTheories, so that a seed reproduces the whole run. */
    private static final class Draw {

        final RandomnessSource source;

        Draw(RandomnessSource source) {
            this.source = source;
        }

        int below(int n) {
            return n <= 1 ? 0 : Generate.range(0, n - 1).generate(source);
        }

        boolean chance(int percent) {
            return below(100) < percent;
        }

        <T> T pick(List<T> list) {
            return list.get(below(list.size()));
        }
    }

    /** A property, an array element or a parameter value the mutations can touch. */
    private record Slot(String name, JsonNode schema, boolean required, Consumer<JsonNode> set, Runnable remove) {
    }

    /** The state of one request while it is being mutated. */
    private final class Draft {

        final ApiOperation op;
        final Draw draw;
        final Map<String, String> pathParams = new LinkedHashMap<>();
        final Map<String, String> rawPathParams = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        JsonNode body;
        Supplier<byte[]> rawBody;
        Supplier<String> rawPreview;
        final List<String> kinds = new ArrayList<>();

        Draft(ApiOperation op, Draw draw) {
            this.op = op;
            this.draw = draw;
        }
    }

    @Override
    public FuzzRequest generate(RandomnessSource source) {
        Draw draw = new Draw(source);
        MutationKind kind = draw.pick(kinds);
        ApiOperation op = draw.pick(operationsByKind.get(kind));
        Draft d = baseline(op, draw);
        boolean invalid = apply(d, kind);
        if (op.isWrite() && !invalid) {
            spoil(d);
        }
        String language = draw.chance(50) ? "vi" : "en";
        d.headers.put("Accept-Language", language);
        return build(d, language);
    }

    private FuzzRequest build(Draft d, String language) {
        String path = d.op.path();
        for (var p : d.op.parameters("path")) {
            String raw = d.rawPathParams.get(p.name());
            String value = raw != null
                    ? raw
                    : encode(d.pathParams.getOrDefault(p.name(), UUID.randomUUID().toString()));
            path = path.replace("{" + p.name() + "}", value);
        }
        StringBuilder uri = new StringBuilder(path);
        char separator = '?';
        for (var q : d.query.entrySet()) {
            uri.append(separator).append(encode(q.getKey())).append('=').append(q.getValue());
            separator = '&';
        }
        Supplier<byte[]> body;
        Supplier<String> preview;
        if (d.rawBody != null) {
            body = d.rawBody;
            preview = d.rawPreview;
        } else if (d.body != null) {
            JsonNode tree = d.body;
            body = () -> {
                try {
                    return JSON.writeValueAsBytes(tree);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            };
            preview = () -> FuzzRequest.shorten(new String(body.get(), StandardCharsets.UTF_8), 300);
        } else {
            body = null;
            preview = () -> "";
        }
        int index;
        synchronized (counter) {
            index = counter[0]++;
        }
        return new FuzzRequest(index, String.join("+", d.kinds), d.op, d.op.method(), uri.toString(),
                Map.copyOf(d.headers), body, preview, language, d.op.isWrite());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- baseline -------------------------------------------------------------------------------------------------

    private Draft baseline(ApiOperation op, Draw draw) {
        Draft d = new Draft(op, draw);
        for (var p : op.parameters("path")) {
            String known = pathValues.apply(op, p.name());
            d.pathParams.put(p.name(), known != null ? known : UUID.randomUUID().toString());
        }
        for (var p : op.parameters("query")) {
            if (p.required() || draw.chance(30)) {
                d.query.put(p.name(), encode(scalarText(p.schema(), draw)));
            }
        }
        for (var p : op.parameters("header")) {
            if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                d.headers.put("Idempotency-Key", UUID.randomUUID().toString());
            } else if (p.name().equalsIgnoreCase("If-Match")) {
                d.headers.put("If-Match", "\"1\"");
            }
        }
        d.headers.put("Authorization", bearer.get());
        if (op.hasJsonBody()) {
            d.body = value(op.bodySchema(), draw, 0);
            d.headers.put("Content-Type", "application/json");
        } else if (op.hasOtherBody()) {
            String type = op.bodyMediaTypes().get(0);
            d.headers.put("Content-Type", type.equals("*/*") ? "application/octet-stream" : type);
            d.rawBody = FuzzRequest.utf8("fuzz");
            d.rawPreview = () -> "fuzz";
        }
        return d;
    }

    private JsonNode value(JsonNode schema, Draw draw, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        JsonNode example = example(schema);
        if (example != null && draw.chance(70)) {
            return example.deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(draw.below(schema.get("enum").size())).deepCopy();
        }
        String type = schema.path("type").asText("string");
        switch (type) {
            case "object" : {
                ObjectNode object = NODES.objectNode();
                if (depth > 5) {
                    return object;
                }
                var required = requiredNames(schema);
                schema.path("properties").fields().forEachRemaining(f -> {
                    if (required.contains(f.getKey()) || draw.chance(60)) {
                        object.set(f.getKey(), value(f.getValue(), draw, depth + 1));
                    }
                });
                return object;
            }
            case "array" : {
                ArrayNode array = NODES.arrayNode();
                int n = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < Math.min(n, 3) && depth <= 5; i++) {
                    array.add(value(schema.get("items"), draw, depth + 1));
                }
                return array;
            }
            case "integer" :
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1 + draw.below(5));
            case "number" :
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
            case "boolean" :
                return NODES.booleanNode(draw.chance(50));
            default :
                return NODES.textNode(scalarText(schema, draw));
        }
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.path("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        return null;
    }

    private static List<String> requiredNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private String scalarText(JsonNode schema, Draw draw) {
        if (schema == null) {
            return "x";
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(draw.below(schema.get("enum").size())).asText();
        }
        JsonNode example = example(schema);
        if (example != null && !example.isContainerNode()) {
            return example.asText();
        }
        switch (schema.path("format").asText("")) {
            case "date" :
                return "2026-0" + (1 + draw.below(9)) + "-15";
            case "date-time" :
                return "2026-03-15T08:30:00+07:00";
            case "uuid" :
                return UUID.randomUUID().toString();
            default :
                break;
        }
        switch (schema.path("type").asText("string")) {
            case "integer" :
                return String.valueOf(schema.has("minimum") ? schema.get("minimum").asLong() : 1 + draw.below(5));
            case "number" :
                return "1.5";
            case "boolean" :
                return draw.chance(50) ? "true" : "false";
            default :
                int min = schema.path("minLength").asInt(1);
                return "t".repeat(Math.max(1, Math.min(min, 20)));
        }
    }

    // ---- mutations -----------------------------------------------------------------------------------------------

    private List<MutationKind> applicable(ApiOperation op) {
        List<MutationKind> kinds = new ArrayList<>();
        if (op.hasJsonBody()) {
            kinds.addAll(List.of(MutationKind.BODY_WRONG_TYPE, MutationKind.BODY_MISSING_REQUIRED,
                    MutationKind.BODY_HUGE_STRING, MutationKind.BODY_DEEP_NESTING,
                    MutationKind.BODY_INVALID_UTF8, MutationKind.BODY_MALFORMED_JSON, MutationKind.BODY_INJECTION,
                    MutationKind.BODY_BAD_DATE, MutationKind.BODY_UNKNOWN_ENUM,
                    MutationKind.BODY_BAD_NUMBER, MutationKind.BODY_NOT_AN_OBJECT, MutationKind.BODY_EMPTY,
                    MutationKind.CONTENT_TYPE_WRONG));
        } else if (op.hasOtherBody() && !op.bodyMediaTypes().contains("*/*")) {
            kinds.add(MutationKind.CONTENT_TYPE_WRONG);
        }
        if (!op.parameters("path").isEmpty()) {
            kinds.addAll(List.of(MutationKind.PATH_NOT_AN_ID, MutationKind.PATH_INVALID_UTF8));
        }
        if (!op.parameters("query").isEmpty()) {
            kinds.addAll(List.of(MutationKind.QUERY_WRONG_TYPE, MutationKind.QUERY_INJECTION,
                    MutationKind.QUERY_BAD_DATE, MutationKind.QUERY_UNKNOWN_ENUM,
                    MutationKind.QUERY_HUGE, MutationKind.QUERY_INVALID_UTF8));
        }
        if (op.parameters("header").stream().anyMatch(p -> p.name().equalsIgnoreCase("If-Match")
                || p.name().equalsIgnoreCase("Idempotency-Key"))) {
            kinds.add(MutationKind.HEADER_GARBAGE);
        }
        if (!open.test(op)) {
            kinds.add(MutationKind.AUTH_MISSING);
            kinds.add(MutationKind.AUTH_GARBAGE);
        }
        return kinds;
    }

    /** Applies one mutation; true when it alone makes the request invalid. */
    private boolean apply(Draft d, MutationKind kind) {
        Draw draw = d.draw;
        d.kinds.add(kind.name());
        switch (kind) {
            case BODY_WRONG_TYPE :
                return wrongType(d);
            case BODY_MISSING_REQUIRED : {
                List<Slot> required = slots(d).stream().filter(Slot::required).toList();
                if (required.isEmpty()) {
                    d.body = NODES.objectNode();
                    return d.op.bodySchema().path("required").size() > 0;
                }
                draw.pick(required).remove().run();
                return true;
            }
            case BODY_HUGE_STRING : {
                List<Slot> strings = slots(d).stream().filter(s -> type(s.schema()).equals("string")).toList();
                if (strings.isEmpty()) {
                    return wrongType(d);
                }
                Slot slot = draw.pick(strings);
                slot.set().accept(NODES.textNode(HUGE));
                return rejects(slot.schema(), HUGE);
            }
            case BODY_DEEP_NESTING : {
                int depth = 10_000;
                boolean inside = draw.chance(50) && !slots(d).isEmpty();
                String prefix = inside ? "{\"" + draw.pick(slots(d)).name() + "\":" : "";
                String suffix = inside ? "}" : "";
                d.rawBody = () -> (prefix + "[".repeat(depth) + "]".repeat(depth) + suffix)
                        .getBytes(StandardCharsets.UTF_8);
                d.rawPreview = () -> prefix + "[[[[…10,000 levels…]]]]" + suffix;
                return true;
            }
            case BODY_INVALID_UTF8 : {
                String text = d.body == null ? "{}" : d.body.toString();
                int quote = text.indexOf("\":\"");
                byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80};
                byte[] head = (quote < 0 ? "{\"x\":\"" : text.substring(0, quote + 3)).getBytes(StandardCharsets.UTF_8);
                byte[] tail = (quote < 0 ? "\"}" : text.substring(quote + 3)).getBytes(StandardCharsets.UTF_8);
                byte[] all = new byte[head.length + bad.length + tail.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(bad, 0, all, head.length, bad.length);
                System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
                d.rawBody = () -> all;
                d.rawPreview = () -> FuzzRequest.shorten(new String(head, StandardCharsets.UTF_8), 200)
                        + "<C3 28 FF FE ED A0 80>…";
                return true;
            }
            case BODY_MALFORMED_JSON : {
                String text = d.body == null ? "{\"a\":1}" : d.body.toString();
                String broken = switch (draw.below(6)) {
                    case 0 -> text.substring(0, Math.max(1, text.length() / 2));
                    case 1 -> text.replace('"', '\'');
                    case 2 -> text.substring(0, text.length() - 1) + ",}";
                    case 3 -> "/* comment */" + text;
                    case 4 -> text + "}}]";
                    default -> "{\"a\":NaN, \"b\": undefined}";
                };
                d.rawBody = FuzzRequest.utf8(broken);
                d.rawPreview = () -> FuzzRequest.shorten(broken, 300);
                return true;
            }
            case BODY_INJECTION : {
                List<Slot> targets = slots(d).stream().filter(s -> type(s.schema()).equals("string")).toList();
                if (targets.isEmpty()) {
                    return wrongType(d);
                }
                Slot slot = draw.pick(targets);
                String injection = draw.pick(INJECTIONS);
                slot.set().accept(NODES.textNode(injection));
                return rejects(slot.schema(), injection);
            }
            case BODY_BAD_DATE : {
                List<Slot> dates = slots(d).stream()
                        .filter(s -> s.schema().path("format").asText("").startsWith("date")).toList();
                if (dates.isEmpty()) {
                    return wrongType(d);
                }
                Slot slot = draw.pick(dates);
                boolean dateTime = slot.schema().path("format").asText().equals("date-time");
                if (draw.chance(70)) {
                    slot.set().accept(NODES.textNode(draw.pick(dateTime ? BAD_DATE_TIMES : BAD_DATES)));
                    return true;
                }
                slot.set().accept(NODES.textNode(draw.pick(dateTime ? ODD_DATE_TIMES : ODD_DATES)));
                return false;
            }
            case BODY_UNKNOWN_ENUM : {
                List<Slot> enums = slots(d).stream().filter(s -> s.schema().has("enum")).toList();
                if (enums.isEmpty()) {
                    return wrongType(d);
                }
                draw.pick(enums).set().accept(NODES.textNode(draw.pick(List.of("NOT_A_VALUE", "received", "0",
                        "' OR '1'='1", "RECEIVED;DROP", "CLOSED\u0000"))));
                return true;
            }
            case BODY_BAD_NUMBER : {
                List<Slot> numbers = slots(d).stream()
                        .filter(s -> type(s.schema()).equals("integer") || type(s.schema()).equals("number")).toList();
                if (numbers.isEmpty()) {
                    return wrongType(d);
                }
                Slot slot = draw.pick(numbers);
                JsonNode schema = slot.schema();
                boolean integer = type(schema).equals("integer");
                switch (draw.below(4)) {
                    case 0 :
                        if (integer) {
                            slot.set().accept(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                            return true;
                        }
                        slot.set().accept(NODES.numberNode(new java.math.BigDecimal("1e400")));
                        return schema.has("maximum");
                    case 1 :
                        if (schema.has("minimum")) {
                            slot.set().accept(NODES.numberNode(schema.get("minimum").asLong() - 1 - draw.below(1000)));
                            return true;
                        }
                        slot.set().accept(NODES.numberNode(-1 - draw.below(1_000_000)));
                        return false;
                    case 2 :
                        if (schema.has("maximum")) {
                            slot.set().accept(NODES.numberNode(schema.get("maximum").asLong() + 1 + draw.below(1000)));
                            return true;
                        }
                        slot.set().accept(NODES.numberNode(Integer.MAX_VALUE));
                        return false;
                    default :
                        slot.set().accept(NODES.textNode("12abc"));
                        return true;
                }
            }
            case BODY_NOT_AN_OBJECT : {
                String value = draw.pick(List.of("[]", "[{}]", "\"text\"", "42", "null", "true"));
                d.rawBody = FuzzRequest.utf8(value);
                d.rawPreview = () -> value;
                return true;
            }
            case BODY_EMPTY :
                d.rawBody = FuzzRequest.utf8("");
                d.rawPreview = () -> "<empty>";
                return d.op.bodyRequired() || d.op.bodySchema() != null;
            case CONTENT_TYPE_WRONG : {
                String type = draw.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "image/png", "application/x-fuzz"));
                if (d.op.hasOtherBody()) {
                    type = "application/json";
                    d.rawBody = FuzzRequest.utf8("{\"a\":1}");
                    d.rawPreview = () -> "{\"a\":1}";
                }
                d.headers.put("Content-Type", type);
                return true;
            }
            case PATH_NOT_AN_ID : {
                var p = draw.pick(d.op.parameters("path"));
                String value = draw.chance(50) ? draw.pick(BAD_IDS) : draw.pick(INJECTIONS);
                if (value.isEmpty() || value.isBlank()) {
                    value = "not-a-uuid";
                }
                d.pathParams.put(p.name(), value);
                return isUuid(p.schema());
            }
            case PATH_INVALID_UTF8 : {
                var p = draw.pick(d.op.parameters("path"));
                d.rawPathParams.put(p.name(), "a" + draw.pick(INVALID_UTF8_ESCAPES) + "b");
                return isUuid(p.schema());
            }
            case QUERY_WRONG_TYPE :
            case QUERY_INJECTION :
            case QUERY_BAD_DATE :
            case QUERY_UNKNOWN_ENUM :
            case QUERY_HUGE :
            case QUERY_INVALID_UTF8 : {
                var p = draw.pick(d.op.parameters("query"));
                String value = switch (kind) {
                    case QUERY_WRONG_TYPE -> encode(draw.pick(List.of("abc", "1.5", "99999999999999999999", "-1",
                            "true", "[]", "{}", "0x10", "1e9")));
                    case QUERY_INJECTION -> encode(draw.pick(INJECTIONS));
                    case QUERY_BAD_DATE -> encode(draw.pick(draw.chance(50) ? BAD_DATES : BAD_DATE_TIMES));
                    case QUERY_UNKNOWN_ENUM -> encode(draw.pick(List.of("NOT_A_VALUE", "received", "RECEIVED,CLOSED",
                            "' OR '1'='1")));
                    case QUERY_HUGE -> "q".repeat(2000);
                    default -> "a" + draw.pick(INVALID_UTF8_ESCAPES);
                };
                d.query.put(p.name(), value);
                return false;
            }
            case HEADER_GARBAGE : {
                boolean ifMatch = d.headers.containsKey("If-Match")
                        && (!d.headers.containsKey("Idempotency-Key") || draw.chance(50));
                String value = draw.pick(List.of("garbage", "W/\"x\"", "\"" + "9".repeat(5000) + "\"", "' OR 1=1",
                        "k".repeat(300), "\"\"", ",,,", "null"));
                d.headers.put(ifMatch ? "If-Match" : "Idempotency-Key", value);
                return false;
            }
            case AUTH_MISSING :
                d.headers.remove("Authorization");
                return true;
            case AUTH_GARBAGE :
                d.headers.put("Authorization", draw.pick(List.of("Bearer abc.def.ghi", "Bearer ", "Basic dXNlcjpwYXNz",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "bearer' OR '1'='1")));
                return true;
            default :
                throw new IllegalStateException(kind.name());
        }
    }

    /** A second mutation for a write the first one could leave valid: something the server must refuse. */
    private void spoil(Draft d) {
        if (d.op.hasJsonBody() && d.rawBody == null && wrongType(d)) {
            return;
        }
        var uuidParams = d.op.parameters("path").stream().filter(p -> isUuid(p.schema())).toList();
        if (!uuidParams.isEmpty()) {
            d.kinds.add(MutationKind.PATH_NOT_AN_ID.name());
            d.pathParams.put(d.draw.pick(uuidParams).name(), d.draw.pick(BAD_IDS));
            return;
        }
        if (d.op.hasOtherBody() && !d.op.bodyMediaTypes().contains("*/*")) {
            apply(d, MutationKind.CONTENT_TYPE_WRONG);
            return;
        }
        apply(d, MutationKind.AUTH_MISSING);
    }

    /** A property of the wrong JSON type; false when the body has no typed property. */
    private boolean wrongType(Draft d) {
        List<Slot> typed = slots(d).stream().filter(s -> !freeForm(s.schema())).toList();
        if (typed.isEmpty()) {
            return false;
        }
        if (!d.kinds.contains(MutationKind.BODY_WRONG_TYPE.name())) {
            d.kinds.add(MutationKind.BODY_WRONG_TYPE.name());
        }
        Slot slot = d.draw.pick(typed);
        JsonNode wrong = switch (type(slot.schema())) {
            case "object" -> NODES.arrayNode().add(1).add(2);
            case "array" -> NODES.objectNode().put("fuzz", 1);
            case "integer", "number" -> d.draw.chance(50) ? NODES.textNode("twelve") : NODES.objectNode();
            case "boolean" -> d.draw.chance(50) ? NODES.textNode("maybe") : NODES.arrayNode();
            default -> d.draw.chance(50) ? NODES.objectNode().put("$fuzz", 1) : NODES.arrayNode().add(1).add(2);
        };
        slot.set().accept(wrong);
        return true;
    }

    private static boolean freeForm(JsonNode schema) {
        return type(schema).equals("object") && !schema.has("properties");
    }

    private static String type(JsonNode schema) {
        return schema == null ? "string" : schema.path("type").asText("string");
    }

    private static boolean isUuid(JsonNode schema) {
        return schema != null && "uuid".equals(schema.path("format").asText());
    }

    /** The schema rules the string out (enum, format, pattern, length): the server must refuse it. */
    static boolean rejects(JsonNode schema, String value) {
        String format = schema.path("format").asText("");
        if (value.isBlank() && (schema.has("enum") || format.equals("uuid") || format.startsWith("date")
                || !schema.has("pattern") && !schema.has("minLength"))) {
            return false; // Jackson reads a blank date, id or enum as absent: for an optional field that is valid
        }
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(value)) {
                    return false;
                }
            }
            return true;
        }
        if (schema.has("maxLength") && value.length() > schema.get("maxLength").asInt()) {
            return true;
        }
        if (schema.has("minLength") && value.length() < schema.get("minLength").asInt()) {
            return true;
        }
        if (schema.has("pattern")) {
            try {
                if (!java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value).find()) {
                    return true;
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                // an ECMA-only pattern: say nothing
            }
        }
        try {
            switch (schema.path("format").asText("")) {
                case "uuid" -> UUID.fromString(value);
                case "date" -> java.time.LocalDate.parse(value);
                case "date-time" -> java.time.OffsetDateTime.parse(value);
                default -> {
                    return false;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Every property and array element of the current body, with its schema. */
    private List<Slot> slots(Draft d) {
        List<Slot> slots = new ArrayList<>();
        if (d.body != null && d.op.bodySchema() != null) {
            collect(d.body, d.op.bodySchema(), slots, 0);
        }
        return slots;
    }

    private static void collect(JsonNode node, JsonNode schema, List<Slot> slots, int depth) {
        if (schema == null || depth > 6) {
            return;
        }
        if (node instanceof ObjectNode object) {
            var required = requiredNames(schema);
            schema.path("properties").fields().forEachRemaining(f -> {
                String name = f.getKey();
                JsonNode propertySchema = f.getValue();
                slots.add(new Slot(name, propertySchema, required.contains(name), v -> object.set(name, v),
                        () -> object.remove(name)));
                if (object.has(name)) {
                    collect(object.get(name), propertySchema, slots, depth + 1);
                }
            });
        } else if (node instanceof ArrayNode array && schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(new Slot("[" + i + "]", schema.get("items"), false, v -> array.set(index, v),
                        () -> array.set(index, NODES.nullNode())));
                collect(array.get(i), schema.get("items"), slots, depth + 1);
            }
        }
    }
}
