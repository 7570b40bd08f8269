package vn.treem.cases.registryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.testing.TestTokens;

/**
 * The import benchmark of docs/benchmarks.md, never part of the test suite (not a *Test class, and enabled only with
 * {@code -Dtreem.benchmark.rows=N}): writes N children of Hà Nội's communes to a CSV file (and, with
 * {@code -Dtreem.benchmark.format=xlsx}, a workbook), copies the CSV with plain PostgreSQL {@code COPY} into an
 * equivalent table, then imports the file through the API and waits for the job, then copies the rows the import stored
 * back into their tables with {@code COPY}; prints the three rates. Timings are printed, never asserted.
 */
@QuarkusTest
@TestProfile(ChildImportBenchmark.Large.class)
@EnabledIfSystemProperty(named = "treem.benchmark.rows", matches = "\\d+")
class ChildImportBenchmark {

    /** Files up to 400 MB, batches of 50,000 as in production. */
    public static class Large implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treem.child-imports.max-bytes", "419430400", "quarkus.http.limits.max-body-size", "401M",
                    "treem.child-imports.batch-size", "50000");
        }
    }

    @Inject
    AdminUnitDirectory units;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @TestHTTPResource("/api/v1/child-imports")
    URI imports;

    @Test
    void importOneFile() throws Exception {
        int rows = Integer.parseInt(System.getProperty("treem.benchmark.rows"));
        boolean xlsx = "xlsx".equals(System.getProperty("treem.benchmark.format"));
        List<String> communes = units.subtree("01", AdminUnitDirectory.today()).stream()
                .filter(code -> code.length() == 5).sorted().toList();
        Path csv = Path.of("target", "child-import-benchmark-" + rows + ".csv");
        if (!Files.exists(csv)) {
            BenchmarkFile.csv(csv, rows, communes);
        }
        Path file = csv;
        if (xlsx) {
            file = Path.of("target", "child-import-benchmark-" + rows + ".xlsx");
            if (!Files.exists(file)) {
                BenchmarkFile.xlsx(file, rows, communes);
            }
        }

        emptyRegistry();
        double copySeconds = plainCopy(csv);

        String token = TestTokens.bearerFor("benchmark-approver", "01", "CASE_APPROVER");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(imports).header("Authorization", token)
                .header("Content-Type", xlsx ? ImportFiles.XLSX : "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        ObjectMapper json = new ObjectMapper();
        String id = json.readTree(accepted.body()).path("id").asText();
        StringBuilder phases = new StringBuilder();
        String[] phase = {""};
        long[] phaseStart = {System.nanoTime()};
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            job[0] = json.readTree(http.send(HttpRequest.newBuilder(URI.create(imports + "/" + id))
                    .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            String now = job[0].path("phase").asText(job[0].path("status").asText());
            if (!now.equals(phase[0])) {
                phases.append(String.format("%s %.1f s; ", phase[0], (System.nanoTime() - phaseStart[0]) / 1e9));
                phase[0] = now;
                phaseStart[0] = System.nanoTime();
            }
            String status = job[0].path("status").asText();
            return status.equals("DONE") || status.equals("FAILED");
        });
        double importSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCHMARK child import: %d rows, %s file of %.1f MB%n", rows, xlsx ? "xlsx" : "csv",
                Files.size(file) / 1e6);
        System.out.printf("BENCHMARK plain COPY of the CSV: %.1f s, %.0f rows/s%n", copySeconds, rows / copySeconds);
        System.out.printf("BENCHMARK import: upload %.1f s, total %.1f s, %.0f rows/s; phases: %s%n", uploadSeconds,
                importSeconds, rows / importSeconds, phases);
        System.out.printf("BENCHMARK ratio import/COPY: %.1f%n", importSeconds / copySeconds);
        System.out.printf("BENCHMARK job: %s%n", job[0]);
        assertThat(job[0].path("status").asText()).isEqualTo("DONE");
        assertThat(job[0].path("rowsImported").asInt() + job[0].path("rowsDuplicate").asInt()).isEqualTo(rows);

        StringBuilder tables = new StringBuilder();
        double storedSeconds = storedRowsCopy(tables);
        System.out.printf("BENCHMARK COPY of the rows the import stored, back into their tables (indexes and "
                + "constraints in place): %.1f s, %.0f children/s; %s%n", storedSeconds, rows / storedSeconds, tables);
        System.out.printf("BENCHMARK ratio import/stored-rows COPY: %.1f%n", importSeconds / storedSeconds);
    }

    /** The registry's tables the import writes to (its staging rows are deleted when it ends), in foreign key order. */
    static final List<String> STORED_TABLES = List.of("child", "child_caregiver", "child_group", "access_log",
            "outbox_event", "national_sync_outbox", "child_import_issue");

    /**
     * The second physical limit: storing exactly what the import stored, with nothing else to do. Once the outbox relay
     * has published the import's events, the rows it left in {@link #STORED_TABLES} are copied out (binary COPY, into
     * files under target/), the tables emptied, and the rows copied back in with PostgreSQL COPY, one table after the
     * other, into the same tables with all their indexes and constraints. Only the copying in is timed.
     */
    private double storedRowsCopy(StringBuilder perTable) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "case_service", "case_service");
                Statement sql = connection.createStatement()) {
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                try (var pending = sql.executeQuery("select count(*) from outbox_event where published_at is null")) {
                    return pending.next() && pending.getLong(1) == 0;
                }
            });
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Path> files = new LinkedHashMap<>();
            for (String table : STORED_TABLES) {
                Path file = Path.of("target", "child-import-benchmark-stored-" + table + ".bin");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    copy.copyOut("copy " + table + " to stdout (format binary)", out);
                }
                files.put(table, file);
            }
            sql.execute("truncate " + String.join(", ", STORED_TABLES) + " cascade");
            long start = System.nanoTime();
            for (Map.Entry<String, Path> table : files.entrySet()) {
                long tableStart = System.nanoTime();
                long copied;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(table.getValue()))) {
                    copied = copy.copyIn("copy " + table.getKey() + " from stdin (format binary)", in);
                }
                perTable.append(String.format("%s %d rows %.1f s; ", table.getKey(), copied,
                        (System.nanoTime() - tableStart) / 1e9));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Path file : files.values()) {
                Files.delete(file);
            }
            return seconds;
        }
    }

    /**
     * The file's children are new on each run: the registry tables of the benchmark's database (never a database
     * holding data of value) are emptied first, and vacuumed so that every run starts from the same state.
     */
    private void emptyRegistry() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "case_service", "case_service");
                Statement sql = connection.createStatement()) {
            sql.execute("truncate " + String.join(", ", STORED_TABLES) + ", child_import_row cascade");
            sql.execute("vacuum analyze child");
        }
    }

    /** psql's \copy, done from Java: the file into a table of the same columns, without any check. */
    private double plainCopy(Path csv) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "case_service", "case_service");
                Statement sql = connection.createStatement()) {
            sql.execute(BENCHMARK_TABLE);
            sql.execute("truncate child_copy_benchmark");
            long start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy child_copy_benchmark from stdin (format csv, header)", reader);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sql.execute("drop table child_copy_benchmark");
            return seconds;
        }
    }

    /** The file's columns with the registry's types; dates are read as dd/mm/yyyy. */
    static final String BENCHMARK_TABLE = """
            set datestyle = 'ISO, DMY';
            create table if not exists child_copy_benchmark (
                child_id uuid, full_name varchar(150), birth_date date, sex varchar(10), ethnicity varchar(40),
                residence_commune_code varchar(10), personal_id_number varchar(12), groups varchar(100),
                caregiver_name varchar(150), caregiver_relationship varchar(30), caregiver_phone varchar(20))""";

}
