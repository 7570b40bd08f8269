package vn.treem.gateway.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.treem.gateway.support.LocalProcesses;

/**
 * Starts plan-service, case-service and reporting-service from their built jars as real processes, on free ports,
 * against the test PostgreSQL (databases *_e2e, cleaned) and Kafka (topics suffixed for this run), and points the
 * gateway under test at them. The jars come from the same reactor build: the gateway module is built last.
 */
public class RunningPlatform implements QuarkusTestResourceLifecycleManager {

    public record Service(String name, String database, String role, int port) {

        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final String PG_PORT = LocalProcesses.env("TREEM_TEST_PG_PORT", "55442");
    static final String KAFKA = "127.0.0.1:" + LocalProcesses.env("TREEM_TEST_KAFKA_PORT", "59102");
    static final String TOPIC_SUFFIX = "-e2e-" + UUID.randomUUID();
    static final Map<String, Service> SERVICES = new LinkedHashMap<>();
    private static final Map<String, Process> PROCESSES = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        SERVICES.put("plan", new Service("plan-service", "plan_e2e", "plan_service", LocalProcesses.freePort()));
        SERVICES.put("case", new Service("case-service", "cases_e2e", "case_service", LocalProcesses.freePort()));
        SERVICES.put("reporting",
                new Service("reporting-service", "reporting_e2e", "reporting_service", LocalProcesses.freePort()));
        Path key = LocalProcesses.verifyKey("treem-e2e-verify");
        SERVICES.values().forEach(service -> PROCESSES.put(service.name(), launch(service, key)));
        SERVICES.values().forEach(RunningPlatform::awaitReady);
        Map<String, String> config = new LinkedHashMap<>();
        SERVICES.forEach((id, service) -> config.put("treem.gateway.services." + id + ".url", service.url()));
        config.put("kafka.bootstrap.servers", KAFKA);
        // real services answer their first requests slower than the stubs of the other gateway tests
        config.put("treem.gateway.request-timeout", "10s");
        config.put("treem.gateway.openapi.fetch-timeout", "5s");
        return config;
    }

    @Override
    public void stop() {
        PROCESSES.values().forEach(process -> {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stops a service the way a crash would, to see how the gateway answers while it is gone. */
    static void kill(String id) throws InterruptedException {
        Process process = PROCESSES.get(SERVICES.get(id).name());
        process.destroyForcibly().waitFor();
    }

    static String jdbcUrl(String id) {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + SERVICES.get(id).database();
    }

    static String topic(String base) {
        return base + TOPIC_SUFFIX;
    }

    private static Process launch(Service service, Path verifyKey) {
        Path jar = Path.of("..", service.name(), "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath()
                .normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify from the root "
                    + "builds them before the gateway)");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-Dquarkus.http.port=" + service.port(),
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + service.database(),
                "-Dquarkus.datasource.username=" + service.role(),
                "-Dquarkus.datasource.password=" + service.role(),
                "-Dquarkus.flyway.clean-at-start=true",
                "-Dquarkus.flyway.clean-disabled=false",
                "-Dkafka.bootstrap.servers=" + KAFKA,
                "-Dtreem.topic-suffix=" + TOPIC_SUFFIX,
                "-Dmp.jwt.verify.issuer=urn:treem:dev",
                "-Dmp.jwt.verify.publickey.location=" + verifyKey,
                "-Dquarkus.log.console.json.enabled=false",
                "-jar", jar.toString()));
        try {
            Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service.name() + ".log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service.name(), e);
        }
    }

    private static void awaitReady(Service service) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Awaitility.await(service.name() + " ready (log: target/e2e-logs/" + service.name() + ".log)")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast(service.name() + " exited; see target/e2e-logs",
                        () -> !PROCESSES.get(service.name()).isAlive())
                .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
