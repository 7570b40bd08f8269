package vn.treem.gateway.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.gateway.support.DirectCounts;
import vn.treem.platform.testing.TestTokens;

/**
 * The fault-injection suite (issue #8): under a steady load of intakes and case updates through the gateway, each
 * service is killed (-9) in turn and restarted, then the Kafka broker, then PostgreSQL. Afterwards: every request that
 * got a 2xx is durable, every case change counts exactly once in the indicators (reporting equals a direct count), no
 * event is left in an outbox or given up to the dead-letter topic, every service is ready again without manual action,
 * and no request hung: while a piece was down, the answers were problem documents within {@link Load#ANSWER_BOUND}. Run
 * by {@code bin/treem faults}, which provides the PostgreSQL and Kafka of the {@code faults} instance.
 */
class FaultInjectionIT {

    private static final int CLIENTS = 3;
    /** Writes acknowledged between two faults: the platform is back in service before the next one. */
    private static final int PROGRESS = 15;
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    private final List<String> losses = new ArrayList<>();
    private final Map<String, String> faults = new LinkedHashMap<>();
    private final Map<String, Long> checks = new LinkedHashMap<>();

    @Test
    void underLoadEveryCrashIsSurvivedWithoutLossDuplicateHangOrManualAction() throws Exception {
        long started = System.nanoTime();
        try (FaultPlatform platform = new FaultPlatform()) {
            platform.startAll();
            Load load = new Load(platform.gatewayUrl());
            load.warmUp(Duration.ofSeconds(120));
            long loadStarted = System.nanoTime();
            load.start(CLIENTS);
            try {
                steady(load, "steady load");
                for (String service : List.of("plan", "case", "reporting", "gateway")) {
                    String name = platform.services.get(service).name();
                    inject(load, "kill -9 " + name, () -> {
                        platform.kill(service);
                        return null;
                    }, () -> {
                        platform.restart(service);
                        return null;
                    });
                }
                inject(load, "Kafka broker killed (-9) and restarted", () -> {
                    FaultPlatform.crash("kafka");
                    return null;
                }, () -> {
                    FaultPlatform.infraUp();
                    return null;
                });
                inject(load, "PostgreSQL immediate stop and restart", () -> {
                    FaultPlatform.crash("postgresql");
                    return null;
                }, () -> {
                    FaultPlatform.infraUp();
                    return null;
                });
            } catch (Exception | AssertionError aborted) {
                losses.add("the scenario could not go on: " + aborted);
            } finally {
                load.phase = "resolving";
                load.stop(Duration.ofSeconds(60));
            }
            long loadSeconds = seconds(loadStarted);
            long verifyStarted = System.nanoTime();
            if (losses.isEmpty()) {
                verify(platform, load);
            }
            String summary = summary(load, loadSeconds, seconds(verifyStarted), seconds(started));
            System.out.println(summary);
            Files.createDirectories(FaultPlatform.DIR);
            Files.writeString(FaultPlatform.DIR.resolve("summary.txt"), summary);
        }
        assertThat(losses).as("losses and failures found by the fault-injection suite").isEmpty();
    }

    /** Waits until the load got {@link #PROGRESS} more final 2xx answers: the platform serves again. */
    private static void steady(Load load, String phase) {
        load.phase = phase;
        int before = load.acknowledged.get();
        await(phase + ": " + PROGRESS + " writes acknowledged").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> load.acknowledged.get() >= before + PROGRESS);
    }

    private void inject(Load load, String fault, Callable<Void> crash, Callable<Void> recover) throws Exception {
        load.phase = fault;
        long down = System.nanoTime();
        crash.call();
        // the load and the prober keep sending while the piece is down: those are the probes of the outage
        await(fault + ": requests sent during the outage").atMost(OUTAGE.multipliedBy(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> load.attemptsIn(fault) >= 6 && System.nanoTime() - down >= OUTAGE.toNanos());
        long restarting = System.nanoTime();
        recover.call();
        long back = System.nanoTime();
        steady(load, "after: " + fault);
        faults.put(fault, String.format("down %.1f s, restart to ready %.1f s, to %d writes acked %.1f s",
                (restarting - down) / 1e9, (back - restarting) / 1e9, PROGRESS, (System.nanoTime() - back) / 1e9));
    }

    private void verify(FaultPlatform platform, Load load) throws Exception {
        for (String id : platform.services.keySet()) {
            check(() -> platform.ready(id), platform.services.get(id).name() + " ready again without manual action",
                    Duration.ofSeconds(60));
        }
        for (String id : List.of("plan", "case", "reporting")) {
            check(() -> single(platform, id, "select count(*) from outbox_event where published_at is null") == 0,
                    platform.services.get(id).name() + ": outbox drained", Duration.ofSeconds(60));
        }

        List<Load.Attempt> attempts = List.copyOf(load.attempts);
        long hangs = attempts.stream().filter(Load.Attempt::hang).count();
        record(hangs == 0, "requests without an answer within " + Load.ANSWER_BOUND.toSeconds() + " s (hangs) "
                + attempts.stream().filter(Load.Attempt::hang).map(a -> a.kind() + " during " + a.phase()).toList(),
                hangs);
        // API guidelines: a dependency that is down is a 503; shown, not counted as a loss (a 500 is a problem too)
        checks.put("500 internal-error answers (expected 503 while a dependency is down)",
                attempts.stream().filter(a -> a.status() == 500).count());
        long notProblems = attempts.stream().filter(a -> a.status() >= 400 && !a.problem()).count();
        record(notProblems == 0, "error answers that are not problem documents", notProblems);
        List<Load.Operation> operations = List.copyOf(load.operations);
        long unresolved = operations.stream().filter(op -> op.status == 0).count();
        record(unresolved == 0, "writes without a final answer after 60 s of retries", unresolved);
        long refused = operations.stream().filter(op -> op.status >= 400).count();
        record(refused == 0, "writes finally refused (4xx)", refused);

        try (Connection cases = platform.connect("case")) {
            durability(cases, operations);
        }
        exactlyOnceInReporting(platform);
        deadLetters();
        indicators(platform);
    }

    /** Every acknowledged write is in case-service's database, once. */
    private void durability(Connection cases, List<Load.Operation> operations) throws SQLException {
        Set<String> casesStored = strings(cases, "select cast(id as text) from protection_case");
        Set<String> assessed = strings(cases,
                "select cast(case_id as text) from case_transition where to_status = 'INITIAL_ASSESSMENT'");
        Set<String> servicesStored = strings(cases, "select cast(id as text) from service_delivery");
        Map<Load.Kind, List<Load.Operation>> acked = operations.stream().filter(Load.Operation::acknowledged)
                .collect(Collectors.groupingBy(op -> op.kind));
        List<Load.Operation> intakes = acked.getOrDefault(Load.Kind.INTAKE, List.of());
        List<Load.Operation> assessments = acked.getOrDefault(Load.Kind.ASSESSMENT, List.of());
        List<Load.Operation> services = acked.getOrDefault(Load.Kind.SERVICE, List.of());
        long lostIntakes = intakes.stream().filter(op -> !casesStored.contains(op.caseId)).count();
        long lostAssessments = assessments.stream().filter(op -> !assessed.contains(op.caseId)).count();
        long lostServices = services.stream().filter(op -> !servicesStored.contains(op.createdId)).count();
        record(lostIntakes == 0, "acknowledged intakes whose case is missing", lostIntakes);
        record(lostAssessments == 0, "acknowledged assessments missing", lostAssessments);
        record(lostServices == 0, "acknowledged services delivered missing", lostServices);
        long caseRows = single(cases, "select count(*) from protection_case");
        long assessmentRows = single(cases,
                "select count(*) from case_transition where to_status = 'INITIAL_ASSESSMENT'");
        long serviceRows = single(cases, "select count(*) from service_delivery");
        record(caseRows == intakes.size(), "cases stored - intakes acknowledged (duplicates if > 0)",
                caseRows - intakes.size());
        record(assessmentRows == assessments.size(), "assessments stored - acknowledged",
                assessmentRows - assessments.size());
        record(serviceRows == services.size(), "services stored - acknowledged", serviceRows - services.size());
        checks.put("intakes acknowledged (= cases stored)", (long) intakes.size());
        checks.put("assessments acknowledged (= stored)", (long) assessments.size());
        checks.put("services delivered acknowledged (= stored)", (long) services.size());
    }

    /** Every event written by case-service and plan-service was applied by the indicator projection, once. */
    private void exactlyOnceInReporting(FaultPlatform platform) throws Exception {
        Set<String> written = new HashSet<>();
        for (String id : List.of("case", "plan")) {
            try (Connection connection = platform.connect(id)) {
                written.addAll(strings(connection, "select event_id from outbox_event"));
            }
        }
        Set<String> missing = new HashSet<>();
        boolean complete = eventually(() -> {
            try (Connection reporting = platform.connect("reporting")) {
                Set<String> applied = strings(reporting,
                        "select event_id from processed_event where consumer = 'reporting.indicators'");
                missing.clear();
                written.stream().filter(e -> !applied.contains(e)).forEach(missing::add);
                return missing.isEmpty();
            }
        }, Duration.ofSeconds(60));
        record(complete, "events written but never applied by reporting (lost)", missing.size());
        checks.put("events written by case- and plan-service (= applied once)", (long) written.size());
    }

    /** An event given up to the dead-letter topic is an event lost to the indicators. */
    private void deadLetters() {
        Properties config = new Properties();
        config.put("bootstrap.servers", FaultPlatform.KAFKA);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var topics = consumer.listTopics(Duration.ofSeconds(10));
            long dead = 0;
            if (topics.containsKey("reporting.dlq")) {
                List<TopicPartition> partitions = topics.get("reporting.dlq").stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                dead = consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                        .mapToLong(Long::longValue).sum();
            }
            record(dead == 0, "records in the dead-letter topic reporting.dlq", dead);
        }
    }

    /** Each computed indicator of the two communes and of Hà Nội equals the direct count over case-service's data. */
    private void indicators(FaultPlatform platform) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String analyst = TestTokens.bearer("01", "ANALYST");
        String year = String.valueOf(Year.now(Load.VIETNAM).getValue());
        Map<String, String> differences = new TreeMap<>();
        boolean equal = eventually(() -> {
            differences.clear();
            try (Connection cases = platform.connect("case")) {
                for (String indicator : DirectCounts.QUERIES.keySet()) {
                    for (String unit : List.of("00004", "00008", "01")) {
                        long direct = DirectCounts.count(cases, indicator, unit, unit.equals("01"));
                        HttpRequest get = HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                                + "/api/v1/indicator-values?indicator=" + indicator + "&unit=" + unit + "&period="
                                + year)).header("Authorization", analyst).timeout(Load.ANSWER_BOUND).build();
                        HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
                        long computed = answer.statusCode() == 200
                                ? json.readTree(answer.body()).path("value")
                                        .asLong(-1)
                                : -1;
                        if (computed != direct) {
                            differences.put(indicator + " " + unit, computed + " (direct count " + direct + ")");
                        }
                        checks.put("indicator " + indicator + " " + unit, direct);
                    }
                }
            }
            return differences.isEmpty();
        }, Duration.ofSeconds(60));
        record(equal, "indicators that differ from the direct count " + differences, differences.size());
    }

    private void check(Callable<Boolean> condition, String what, Duration within) {
        record(eventually(condition, within), what + " (within " + within.toSeconds() + " s)", 0);
    }

    private void record(boolean ok, String what, long value) {
        checks.put(what, value);
        if (!ok) {
            losses.add(what + ": " + value);
        }
    }

    private static boolean eventually(Callable<Boolean> condition, Duration within) {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condition);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private String summary(Load load, long loadSeconds, long verifySeconds, long totalSeconds) {
        List<Load.Attempt> attempts = List.copyOf(load.attempts);
        StringBuilder out = new StringBuilder("\n== Fault-injection suite (bin/treem faults) ==\n");
        out.append(String.format("%-58s %8s%n", "requests sent (attempts, retries included)", attempts.size()));
        out.append(String.format("%-58s %8s%n", "  2xx", attempts.stream().filter(a -> a.status() / 100 == 2)
                .count()));
        Map<String, Long> byStatus = attempts.stream().filter(a -> a.status() >= 300 || a.status() <= 0)
                .collect(Collectors.groupingBy(a -> a.status() == 0
                        ? "hang (no answer in bound)"
                        : a.status() < 0
                                ? "no connection (gateway down)"
                                : a.status() + (a.problem() ? " problem" : " NOT a problem document"),
                        TreeMap::new, Collectors.counting()));
        byStatus.forEach((status, count) -> out.append(String.format("%-58s %8d%n", "  " + status, count)));
        out.append(String.format("%-58s %8d ms%n", "slowest answer",
                attempts.stream().filter(a -> a.status() != 0).mapToLong(Load.Attempt::millis).max().orElse(0)));
        out.append("\nanswers per phase (status x count):\n");
        Map<String, Map<String, Long>> perPhase = attempts.stream().collect(Collectors.groupingBy(Load.Attempt::phase,
                LinkedHashMap::new, Collectors.groupingBy(a -> a.status() == 0
                        ? "hang"
                        : a.status() < 0 ? "none" : String.valueOf(a.status()), TreeMap::new,
                        Collectors.counting())));
        perPhase.forEach((phase, statuses) -> out.append(String.format("  %-50s %s%n", phase, statuses)));
        out.append("\nfaults injected: ").append(faults.size()).append('\n');
        faults.forEach((fault, timing) -> out.append(String.format("  %-42s %s%n", fault, timing)));
        out.append("\nchecks:\n");
        checks.forEach((what, value) -> out.append(String.format("  %-80s %6d%n", what, value)));
        out.append(String.format("%nlosses and failures found: %d%s%n", losses.size(),
                losses.isEmpty() ? "" : "\n  " + String.join("\n  ", losses)));
        out.append(String.format("durations: load with faults %d s, verification %d s, suite %d s%n", loadSeconds,
                verifySeconds, totalSeconds));
        return out.toString();
    }

    private static long single(FaultPlatform platform, String id, String sql) throws SQLException {
        try (Connection connection = platform.connect(id)) {
            return single(connection, sql);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    static {
        // the suite's own clients never hold a connection across a crash; keep JDBC from waiting long on a dead server
        java.sql.DriverManager.setLoginTimeout(5);
    }
}
