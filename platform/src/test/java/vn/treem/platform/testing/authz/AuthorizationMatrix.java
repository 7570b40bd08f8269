package vn.treem.platform.testing.authz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.TestTokens;

/**
 * The authorization matrix (issue #8): every operation under {@code /api/} of the service's own OpenAPI document ×
 * every role and the caller without a token × a unit inside or outside the jurisdiction of the fixture's resources,
 * checked against the expected table {@code authorization-matrix.csv} on the test class path.
 *
 * <p>
 * The table has the columns {@code method,path,caller,scope,expected}: caller is a role of {@link Roles#ALL} (scopes
 * {@code inside} and {@code outside}) or {@code anonymous} (scope {@code any}); expected is {@code allowed},
 * {@code forbidden} (403), {@code hidden} (404) or {@code unauthenticated} (401). Lines starting with {@code #} are
 * comments. An operation of the document without its cells, or cells of an operation the document no longer has, fail
 * the check, so no endpoint is added without deciding who may call it. Any 5xx answer, and any non-2xx answer that is
 * not a problem document, fails too. The observed matrix is written to {@code target/authorization-matrix-observed.csv}
 * in the table's format, for a reviewer to diff.
 */
public final class AuthorizationMatrix {

    public static final String TABLE = "authorization-matrix.csv";
    public static final String OBSERVED = "target/authorization-matrix-observed.csv";
    public static final String ANONYMOUS = "anonymous";
    static final String HEADER = "method,path,caller,scope,expected";
    static final String API = "/api/";
    static final String PROBLEM = "application/problem+json";

    private final MatrixFixture fixture;
    private final Map<String, Outcome> expected;
    private final Map<Cell, String> tokens = new LinkedHashMap<>();
    private int requests;

    private AuthorizationMatrix(MatrixFixture fixture, Map<String, Outcome> expected) {
        this.fixture = fixture;
        this.expected = expected;
    }

    /** Runs the whole matrix against the running service; fails with every mismatching cell. Returns the report. */
    public static Report verify(MatrixFixture fixture) {
        return new AuthorizationMatrix(fixture, readTable()).run(operations());
    }

    /**
     * Every caller of the matrix, in the table's order: each role inside and outside, then the caller without token.
     */
    public static List<Cell> callers() {
        List<Cell> callers = new ArrayList<>();
        for (String role : Roles.ALL) {
            callers.add(new Cell(role, Scope.INSIDE));
            callers.add(new Cell(role, Scope.OUTSIDE));
        }
        callers.add(new Cell(ANONYMOUS, Scope.ANY));
        return callers;
    }

    /** The subject of the matrix's token for {@code role} in {@code scope} (fixtures need it for the hotline). */
    public static String subject(String role, Scope scope) {
        return "matrix-" + role.toLowerCase(Locale.ROOT) + "-" + scope.label();
    }

    /** The {@code Authorization} header of the matrix's caller with {@code role} in {@code scope}. */
    public static String bearer(MatrixFixture fixture, String role, Scope scope) {
        return TestTokens.bearerFor(subject(role, scope), fixture.unit(role, scope), role);
    }

    /** The operations under {@code /api/} of the running service's OpenAPI document, in document order. */
    public static List<Operation> operations() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(json).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> item = it.next();
            if (!item.getKey().startsWith(API)) {
                continue;
            }
            Set<String> shared = headers(item.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                Set<String> headers = new LinkedHashSet<>(shared);
                headers.addAll(headers(op.getValue().path("parameters")));
                operations.add(new Operation(method, item.getKey(), Set.copyOf(headers)));
            }
        }
        return operations;
    }

    private static Set<String> headers(JsonNode parameters) {
        Set<String> headers = new LinkedHashSet<>();
        parameters.forEach(parameter -> {
            if ("header".equals(parameter.path("in").asText())) {
                headers.add(parameter.path("name").asText());
            }
        });
        return headers;
    }

    static Map<String, Outcome> readTable() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(TABLE);
        if (in == null) {
            throw new AssertionError("No " + TABLE + " on the test class path (src/test/resources)");
        }
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    static Map<String, Outcome> parse(String text) {
        Map<String, Outcome> table = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int number = 0;
        Set<String> callers = new TreeSet<>();
        callers().forEach(cell -> callers.add(cell.caller() + "," + cell.scope().label()));
        for (String line : text.split("\\R")) {
            number++;
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#") || row.equals(HEADER)) {
                continue;
            }
            String[] columns = row.split(",", -1);
            if (columns.length != 5) {
                errors.add("line " + number + ": expected 5 columns (" + HEADER + "): " + row);
                continue;
            }
            String caller = columns[2].strip() + "," + columns[3].strip().toLowerCase(Locale.ROOT);
            if (!callers.contains(caller)) {
                errors.add("line " + number + ": unknown caller and scope " + caller);
                continue;
            }
            Outcome outcome;
            try {
                outcome = Outcome.parse(columns[4]);
            } catch (IllegalArgumentException e) {
                errors.add("line " + number + ": unknown outcome " + columns[4]);
                continue;
            }
            String key = key(columns[0].strip().toUpperCase(Locale.ROOT), columns[1].strip(), caller);
            if (table.put(key, outcome) != null) {
                errors.add("line " + number + ": duplicate cell " + key);
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(TABLE + " is malformed:\n" + String.join("\n", errors));
        }
        return table;
    }

    private static String key(String method, String path, String callerAndScope) {
        return method + "," + path + "," + callerAndScope;
    }

    private Report run(List<Operation> operations) {
        List<String> failures = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        List<String> observed = new ArrayList<>();
        observed.add(HEADER);
        for (Operation operation : operations) {
            boolean described = callers().stream()
                    .anyMatch(cell -> expected.containsKey(key(operation.method(), operation.path(), cell.key())));
            if (!described) {
                failures.add(operation.key() + ": no rows in " + TABLE + " (decide who may call it)");
            }
            for (Cell cell : callers()) {
                String key = key(operation.method(), operation.path(), cell.key());
                covered.add(key);
                Answer answer = send(operation, cell);
                Outcome outcome = Outcome.of(answer.status());
                observed.add(key + "," + outcome.label());
                String where = operation.key() + " as " + cell.caller() + " " + cell.scope().label() + ": ";
                if (answer.status() >= 500) {
                    failures.add(where + "server error " + answer.status() + " " + answer.excerpt());
                    continue;
                }
                if ((answer.status() < 200 || answer.status() >= 300)
                        && (answer.contentType() == null || !answer.contentType().startsWith(PROBLEM))) {
                    failures.add(where + answer.status() + " is not a problem document (" + answer.contentType()
                            + ")");
                }
                Outcome wanted = expected.get(key);
                if (described && wanted == null) {
                    failures.add(where + "no row in " + TABLE + ", observed " + outcome.label());
                } else if (wanted != null && wanted != outcome) {
                    failures.add(where + "expected " + wanted.label() + ", observed " + outcome.label() + " ("
                            + answer.status() + " " + answer.excerpt() + ")");
                }
            }
        }
        Set<String> stale = new TreeSet<>();
        for (String key : expected.keySet()) {
            if (!covered.contains(key)) {
                String[] parts = key.split(",");
                stale.add(parts[0] + " " + parts[1]);
            }
        }
        stale.forEach(op -> failures.add(op + ": rows in " + TABLE + " for an operation the OpenAPI document lacks"));
        write(observed);
        Report report = new Report(operations.size(), observed.size() - 1, requests);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " cell(s) of the authorization matrix differ from " + TABLE
                    + " (observed matrix: " + OBSERVED + "):\n" + String.join("\n", failures));
        }
        return report;
    }

    private Answer send(Operation operation, Cell cell) {
        String role = cell.isAnonymous() ? null : cell.caller();
        Call call = fixture.call(operation, role, cell.scope());
        RequestSpecification request = given().header("Accept-Language", "en");
        if (role != null) {
            request.header("Authorization", tokens.computeIfAbsent(cell, c -> bearer(fixture, role, c.scope())));
        }
        if (operation.declares(Operation.IF_MATCH)) {
            if (call.ifMatch == null) {
                throw new AssertionError(
                        operation.key() + " declares If-Match: the fixture must say where its ETag is");
            }
            String etag = call.ifMatch.get();
            requests++;
            request.header(Operation.IF_MATCH, etag);
        }
        if (operation.declares(Operation.IDEMPOTENCY_KEY)) {
            request.header(Operation.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        Map<String, Object> pathParams = new LinkedHashMap<>();
        call.pathParams.forEach((name, value) -> {
            if (operation.path().contains("{" + name + "}")) {
                pathParams.put(name, value);
            }
        });
        request.pathParams(pathParams).queryParams(call.queryParams);
        request = call.body.apply(request);
        Response response = request.redirects().follow(false).when().request(operation.method(), operation.path());
        requests++;
        String body = response.asString();
        String excerpt = body == null ? "" : body.substring(0, Math.min(body.length(), 300)).replace('\n', ' ');
        return new Answer(response.statusCode(), response.contentType(), excerpt);
    }

    private static void write(List<String> observed) {
        try {
            Path file = Path.of(OBSERVED);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", observed) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column of the matrix: a caller (a role, or {@code anonymous}) and a scope. */
    public record Cell(String caller, Scope scope) {

        boolean isAnonymous() {
            return ANONYMOUS.equals(caller);
        }

        String key() {
            return caller + "," + scope.label();
        }
    }

    /** What a run covered: operations, cells and HTTP requests sent (including ETag reads). */
    public record Report(int operations, int cells, int requests) {
    }

    private record Answer(int status, String contentType, String excerpt) {
    }
}
