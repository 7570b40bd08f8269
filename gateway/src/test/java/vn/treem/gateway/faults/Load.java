package vn.treem.gateway.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.platform.testing.TestTokens;

/**
 * A steady load through the gateway: a few client threads, each a commune worker, each at a bounded rate, sending
 * intakes (POST with an Idempotency-Key), initial assessments (a transition with If-Match and an Idempotency-Key) and
 * services delivered (POST with an Idempotency-Key), plus a prober that reads from each service through the gateway.
 * Every attempt and its answer is recorded. A client that got no answer or a 5xx (or 429) tries again with the same
 * key, body and If-Match, as the mobile app does, until it gets a final answer; after {@link #stop} it keeps trying for
 * a bounded time, so that every operation ends with a known outcome.
 */
final class Load {

    /** How long a client waits for an answer: longer than that is a hang (the gateway gives up at 10 s). */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(12);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> COMMUNES = List.of("00004", "00008");
    private static final List<List<String>> CONCERNS = List.of(List.of("VIOLENCE"), List.of("NEGLECT"),
            List.of("DROWNING"), List.of("SEXUAL_ABUSE", "NEGLECT"));
    private static final Duration PACE = Duration.ofMillis(250);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    /** One request sent and what came back: status, or 0 for a hang, -1 for no answer (connection refused/reset). */
    record Attempt(String phase, String kind, int status, boolean problem, long millis) {

        boolean hang() {
            return status == 0;
        }
    }

    enum Kind {
        INTAKE, ASSESSMENT, SERVICE
    }

    /** A write with its final answer: status (0 while unresolved) and the id it created or changed. */
    static final class Operation {

        final Kind kind;
        final String key = UUID.randomUUID().toString();
        volatile int status;
        volatile String caseId;
        volatile String createdId;

        Operation(Kind kind, String caseId) {
            this.kind = kind;
            this.caseId = caseId;
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    final Queue<Operation> operations = new ConcurrentLinkedQueue<>();
    final AtomicInteger acknowledged = new AtomicInteger();
    volatile String phase = "start";

    private final String gateway;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long giveUpAt = Long.MAX_VALUE;

    Load(String gateway) {
        this.gateway = gateway;
    }

    /**
     * Before the load: every route answers once (the first requests of freshly started JVMs are slow on a busy
     * machine), so that a slow first answer is not taken for a hang. Nothing sent here is recorded.
     */
    void warmUp(Duration within) {
        String worker = TestTokens.bearer(COMMUNES.get(0), "CASE_WORKER");
        List<HttpRequest> reads = List.of(request("/api/v1/plans", TestTokens.bearer("01", "PLANNER")).GET().build(),
                request("/api/v1/cases", worker).GET().build(),
                request("/api/v1/indicator-values?indicator=INTAKES_RECEIVED&unit=01&period="
                        + java.time.Year.now(VIETNAM).getValue(), TestTokens.bearer("01", "ANALYST")).GET().build());
        org.awaitility.Awaitility.await("every route answers").atMost(within).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    for (HttpRequest read : reads) {
                        if (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    void start(int clients) {
        for (int i = 0; i < clients; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            String bearer = TestTokens.bearerFor("faults-worker-" + i, commune, "CASE_WORKER");
            long seed = i;
            threads.add(start("load-" + i, () -> client(bearer, commune, new Random(seed))));
        }
        threads.add(start("prober", this::prober));
    }

    /** Stops sending new operations; the clients finish theirs, retrying for at most {@code resolveWithin}. */
    void stop(Duration resolveWithin) throws InterruptedException {
        running = false;
        giveUpAt = System.nanoTime() + resolveWithin.toNanos();
        for (Thread thread : threads) {
            thread.join(resolveWithin.plus(ANSWER_BOUND).toMillis());
        }
    }

    long attemptsIn(String phase) {
        return attempts.stream().filter(a -> a.phase().equals(phase)).count();
    }

    private void client(String bearer, String commune, Random random) {
        List<String> received = new ArrayList<>();
        List<String> assessed = new ArrayList<>();
        while (running) {
            double r = random.nextDouble();
            if (r < 0.5 || received.isEmpty() && assessed.isEmpty()) {
                Operation intake = intake(bearer, commune, random);
                if (intake.acknowledged()) {
                    received.add(intake.caseId);
                }
            } else if (r < 0.8 && !received.isEmpty()) {
                String caseId = received.remove(random.nextInt(received.size()));
                if (assess(bearer, caseId).acknowledged()) {
                    assessed.add(caseId);
                }
            } else {
                List<String> open = assessed.isEmpty() ? received : assessed;
                service(bearer, open.get(random.nextInt(open.size())));
            }
            pause(PACE);
        }
    }

    private Operation intake(String bearer, String commune, Random random) {
        Operation op = record(new Operation(Kind.INTAKE, null));
        Map<String, Object> child = Map.of("fullName", "Trẻ " + UUID.randomUUID(), "sex",
                random.nextBoolean() ? "FEMALE" : "MALE", "birthDate", "2015-03-01",
                "groups", random.nextInt(3) == 0 ? List.of(Map.of("code", "G09")) : List.of());
        String body = write(Map.of("channel", "PHONE", "communeCode", commune,
                "receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5).withNano(0).toString(),
                "concernCategories", CONCERNS.get(random.nextInt(CONCERNS.size())), "child", child,
                "confirmNewChild", true));
        JsonNode answer = until(op, "intake", () -> post("/api/v1/intakes", bearer, op.key, null, body));
        if (op.acknowledged()) {
            op.caseId = answer.path("caseId").asText();
        }
        return op;
    }

    private Operation assess(String bearer, String caseId) {
        Operation op = record(new Operation(Kind.ASSESSMENT, caseId));
        // the ETag of the case as read now; a retry sends the same If-Match and key, and gets the first answer again
        String[] etag = new String[1];
        Operation read = new Operation(null, caseId);
        until(read, "read case", () -> {
            HttpRequest get = request("/api/v1/cases/" + caseId, bearer).GET().build();
            return get;
        }, response -> etag[0] = response.headers().firstValue("ETag").orElse(null));
        if (!read.acknowledged() || etag[0] == null) {
            op.status = read.status;
            return op;
        }
        String body = write(Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                Map.of("riskLevel", "MEDIUM", "emergency", false)));
        until(op, "assessment", () -> post("/api/v1/cases/" + caseId + "/transitions", bearer, op.key, etag[0], body));
        return op;
    }

    private Operation service(String bearer, String caseId) {
        Operation op = record(new Operation(Kind.SERVICE, caseId));
        String body = write(Map.of("type", "MEDICAL_CARE", "provider", "Trạm y tế",
                "deliveredOn", LocalDate.now(VIETNAM).toString()));
        JsonNode answer = until(op, "service",
                () -> post("/api/v1/cases/" + caseId + "/services", bearer, op.key, null, body));
        if (op.acknowledged()) {
            op.createdId = answer.path("id").asText();
        }
        return op;
    }

    /** Reads from each service through the gateway, a few times a second; during an outage these are the probes. */
    private void prober() {
        String planner = TestTokens.bearer("01", "PLANNER");
        String analyst = TestTokens.bearer("01", "ANALYST");
        String worker = TestTokens.bearer(COMMUNES.get(0), "CASE_WORKER");
        String year = String.valueOf(java.time.Year.now(VIETNAM).getValue());
        while (running) {
            once("probe plan-service", request("/api/v1/plans", planner).GET().build());
            once("probe case-service", request("/api/v1/cases", worker).GET().build());
            once("probe reporting-service",
                    request("/api/v1/indicator-values?indicator=INTAKES_RECEIVED&unit=01&period="
                            + year, analyst).GET().build());
            pause(Duration.ofMillis(300));
        }
    }

    private Operation record(Operation op) {
        if (op.kind != null) {
            operations.add(op);
        }
        return op;
    }

    private JsonNode until(Operation op, String kind, Supplier<HttpRequest> request) {
        return until(op, kind, request, response -> {
        });
    }

    /**
     * Sends until a final answer (2xx or 4xx other than 429); retries the same request after no answer, a hang, a 5xx
     * or a 429. Returns the body of the final answer, or an empty node.
     */
    private JsonNode until(Operation op, String kind, Supplier<HttpRequest> request,
            java.util.function.Consumer<HttpResponse<String>> onFinal) {
        while (true) {
            HttpResponse<String> response = once(kind, request.get());
            int status = response == null ? -1 : response.statusCode();
            if (status >= 200 && status < 500 && status != 429) {
                op.status = status;
                if (status < 300) {
                    acknowledged.incrementAndGet();
                }
                onFinal.accept(response);
                return parse(response.body());
            }
            if (System.nanoTime() > giveUpAt) {
                return json.createObjectNode();
            }
            pause(RETRY_PAUSE);
        }
    }

    /** One attempt, recorded; null when there was no answer within the bound. */
    private HttpResponse<String> once(String kind, HttpRequest request) {
        long started = System.nanoTime();
        String during = phase;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean problem = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            attempts.add(new Attempt(during, kind, response.statusCode(), problem, millisSince(started)));
            return response;
        } catch (HttpTimeoutException hang) {
            attempts.add(new Attempt(during, kind, 0, false, millisSince(started)));
        } catch (IOException noAnswer) {
            attempts.add(new Attempt(during, kind, -1, false, millisSince(started)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private HttpRequest post(String path, String bearer, String key, String ifMatch, String body) {
        HttpRequest.Builder post = request(path, bearer).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            post.header("If-Match", ifMatch);
        }
        return post.build();
    }

    private HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(ANSWER_BOUND)
                .header("Authorization", bearer).header("Accept-Language", path.hashCode() % 2 == 0 ? "vi" : "en");
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
