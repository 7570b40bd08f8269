package vn.treem.gateway.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import vn.treem.gateway.support.LocalProcesses;

/**
 * The platform under fault injection: the four services launched from their built jars as real processes on free
 * loopback ports, against the PostgreSQL and Kafka of the {@code faults} instance of {@code bin/treem} (their own
 * ports, their own data, crashed and restarted here through {@code bin/treem infra crash|up faults}). Each process
 * writes its pid to {@code .treem/faults/run/<service>.pid}, so that {@code bin/treem faults} stops whatever is left,
 * and its log to {@code .treem/faults/logs/<service>.log} (appended across restarts).
 */
final class FaultPlatform implements AutoCloseable {

    record Service(String id, String name, String database, String role, int port) {

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final Path ROOT = Path.of(LocalProcesses.env("TREEM_ROOT", "..")).toAbsolutePath().normalize();
    static final Path DIR = Path.of(LocalProcesses.env("TREEM_FAULTS_DIR", ROOT.resolve(".treem/faults").toString()));
    static final String PG_PORT = LocalProcesses.env("TREEM_FAULTS_PG_PORT", "55452");
    static final String KAFKA = "127.0.0.1:" + LocalProcesses.env("TREEM_FAULTS_KAFKA_PORT", "59112");

    final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Path verifyKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    FaultPlatform() {
        services.put("plan", new Service("plan", "plan-service", "plan", "plan_service", LocalProcesses.freePort()));
        services.put("case", new Service("case", "case-service", "cases", "case_service", LocalProcesses.freePort()));
        services.put("reporting", new Service("reporting", "reporting-service", "reporting", "reporting_service",
                LocalProcesses.freePort()));
        services.put("gateway", new Service("gateway", "gateway", null, null, LocalProcesses.freePort()));
        verifyKey = LocalProcesses.verifyKey("treem-faults-verify");
    }

    String gatewayUrl() {
        return services.get("gateway").url();
    }

    /** Launches every service at once and waits until each is ready. */
    void startAll() {
        services.keySet().forEach(this::launch);
        services.keySet().forEach(id -> awaitReady(id, Duration.ofSeconds(180)));
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    void kill(String id) throws InterruptedException {
        Process process = processes.get(id);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts a service again (after {@link #kill}) and waits until it is ready. */
    void restart(String id) {
        launch(id);
        awaitReady(id, Duration.ofSeconds(120));
    }

    boolean ready(String id) {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(services.get(id).url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build();
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void awaitReady(String id, Duration within) {
        Service service = services.get(id);
        Awaitility.await(service.name() + " ready (log: " + DIR.resolve("logs/" + service.name() + ".log") + ")")
                .atMost(within).pollInterval(Duration.ofMillis(250))
                .failFast(service.name() + " exited; see its log", () -> !processes.get(id).isAlive())
                .until(() -> ready(id));
    }

    /** {@code bin/treem infra crash faults kafka|postgresql}: Kafka killed (-9), PostgreSQL stopped immediately. */
    static void crash(String infrastructure) {
        treem("infra", "crash", "faults", infrastructure);
    }

    /** {@code bin/treem infra up faults}: starts whatever of PostgreSQL and Kafka is down, with its data. */
    static void infraUp() {
        treem("infra", "up", "faults");
    }

    Connection connect(String id) throws SQLException {
        Service service = services.get(id);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + service.database(),
                service.role(), service.role());
    }

    @Override
    public void close() {
        processes.forEach((id, process) -> {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(DIR.resolve("run/" + services.get(id).name() + ".pid"));
            } catch (IOException ignored) {
                // bin/treem faults cleans up the run directory too
            }
        });
    }

    private void launch(String id) {
        Service service = services.get(id);
        Path jar = ROOT.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (bin/treem faults does)");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + service.port(),
                "-Dmp.jwt.verify.issuer=urn:treem:dev",
                "-Dmp.jwt.verify.publickey.location=" + verifyKey,
                "-Dquarkus.log.console.json.enabled=false"));
        if (service.database() != null) {
            command.addAll(List.of(
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + service.database(),
                    "-Dquarkus.datasource.username=" + service.role(),
                    "-Dquarkus.datasource.password=" + service.role(),
                    "-Dkafka.bootstrap.servers=" + KAFKA));
        } else {
            for (String backend : List.of("plan", "case", "reporting")) {
                command.add("-Dtreem.gateway.services." + backend + ".url=" + services.get(backend).url());
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Path logs = Files.createDirectories(DIR.resolve("logs"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.name() + ".log").toFile()))
                    .start();
            processes.put(id, process);
            Files.createDirectories(DIR.resolve("run"));
            Files.writeString(DIR.resolve("run/" + service.name() + ".pid"), String.valueOf(process.pid()));
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service.name(), e);
        }
    }

    private static void treem(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/treem").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("logs/treem-infra.log").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/treem " + String.join(" ", arguments) + " failed; see "
                        + DIR.resolve("logs/treem-infra.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
