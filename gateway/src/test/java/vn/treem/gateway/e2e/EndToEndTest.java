package vn.treem.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.treem.gateway.support.DirectCounts;
import vn.treem.platform.testing.TestEvents;

/**
 * The whole platform: the gateway under test in front of the three services running as real processes on the real
 * PostgreSQL and Kafka. The last test stops a service.
 */
@QuarkusTest
@WithTestResource(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    /** The children's names this scenario sent, for the personal-data scan. */
    static final List<String> NAMES_SENT = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Names, ID numbers, phone numbers, addresses and free text the scenario sent to case-service. */
    static final List<String> PERSONAL_DATA_SENT = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();
    /** A Vietnamese mobile number standing alone: no such thing belongs on a topic or in reporting. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern
            .compile("(?<![0-9])0[35789][0-9]{8}(?![0-9])");

    private static final String BA_DINH = "00004";
    private static final String HA_NOI = "01";
    private static final String NGOC_HA = "00008";
    private static final String YEAR = String.valueOf(Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue());

    @Test
    @Order(1)
    void theMergedOpenApiDocumentListsEveryEndpointOfTheThreeServices() {
        Map<String, Object> merged = given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        for (RunningPlatform.Service service : RunningPlatform.SERVICES.values()) {
            Map<String, Object> own = RestAssured.given().baseUri(service.url()).basePath("")
                    .when().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
            assertThat(own).as(service.name() + " documents its endpoints").isNotEmpty();
            assertThat(merged.keySet()).as("merged document covers " + service.name()).containsAll(own.keySet());
        }
        assertThat(merged).containsKeys("/api/v1/intakes", "/api/v1/plans", "/api/v1/indicator-values",
                "/api/v1/dev/tokens");
    }

    @Test
    @Order(2)
    void anIntakePostedThroughTheGatewayAppearsInTheIndicatorsViaKafka() {
        String worker = token("CASE_WORKER", BA_DINH);
        String analyst = token("ANALYST", HA_NOI);
        long communeBefore = indicator(analyst, "INTAKES_RECEIVED", BA_DINH);
        long provinceBefore = indicator(analyst, "INTAKES_RECEIVED", HA_NOI);

        String caseId = postIntake(worker, BA_DINH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cases/"))
                .extract().path("caseId");

        awaitValue(() -> indicator(analyst, "INTAKES_RECEIVED", BA_DINH), communeBefore + 1);
        assertThat(indicator(analyst, "INTAKES_RECEIVED", HA_NOI)).isEqualTo(provinceBefore + 1);
        String etag = given().header("Authorization", "Bearer " + worker).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).extract().header("ETag");
        // Conditional requests pass through the gateway both ways: ETag out, If-Match in, 412 back.
        Map<String, Object> step = Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                Map.of("riskLevel", "MEDIUM", "emergency", false));
        given().header("Authorization", "Bearer " + worker).header("If-Match", etag).contentType(ContentType.JSON)
                .body(step).when().post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).body("status", equalTo("INITIAL_ASSESSMENT"));
        given().header("Authorization", "Bearer " + worker).header("If-Match", etag).contentType(ContentType.JSON)
                .body(step).when().post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void theSameEventDeliveredTwiceCountsOnce() {
        String worker = token("CASE_WORKER", BA_DINH);
        String analyst = token("ANALYST", HA_NOI);
        long before = indicator(analyst, "INTAKES_RECEIVED", BA_DINH);
        String caseId = postIntake(worker, BA_DINH).then().statusCode(201).extract().path("caseId");
        awaitValue(() -> indicator(analyst, "INTAKES_RECEIVED", BA_DINH), before + 1);
        List<CloudEvent> published = TestEvents.await(RunningPlatform.topic("case.events"),
                e -> caseId.equals(e.getSubject()), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        double duplicatesBefore = duplicatesSeenByReporting();

        TestEvents.publish(RunningPlatform.topic("case.events"), published.get(0));

        await("reporting-service consumed the redelivery").atMost(Duration.ofSeconds(30))
                .until(() -> duplicatesSeenByReporting() > duplicatesBefore);
        assertThat(indicator(analyst, "INTAKES_RECEIVED", BA_DINH)).isEqualTo(before + 1);
    }

    @Test
    @Order(4)
    void anUnknownCommuneIsRejectedAndNothingIsStoredOrPublished() throws SQLException {
        String hotline = token("HOTLINE", "VN");
        long cases = count("case", "protection_case");
        long events = count("case", "outbox_event");

        postIntake(hotline, "99999").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("UNKNOWN_UNIT"));

        assertThat(count("case", "protection_case")).isEqualTo(cases);
        assertThat(count("case", "outbox_event")).isEqualTo(events);
    }

    @Test
    @Order(5)
    void aPlanPostedThroughTheGatewayCountsInPlansIssued() {
        String planner = token("PLANNER", HA_NOI);
        String analyst = token("ANALYST", HA_NOI);
        long before = indicator(analyst, "PLANS_ISSUED", HA_NOI);

        given().header("Authorization", "Bearer " + planner).contentType(ContentType.JSON)
                .body(Map.of("number", UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND",
                        "title", "Kế hoạch thực hiện công tác trẻ em năm " + YEAR, "issuingUnitCode", HA_NOI,
                        "issueDate", YEAR + "-01-20", "periodFromYear", Integer.parseInt(YEAR),
                        "periodToYear", Integer.parseInt(YEAR)))
                .when().post("/api/v1/plans")
                .then().statusCode(201);

        awaitValue(() -> indicator(analyst, "PLANS_ISSUED", HA_NOI), before + 1);
    }

    @Test
    @Order(6)
    void everyComputedIndicatorEqualsADirectCountOverCaseServicesData() throws SQLException {
        // A scripted set of intakes and case changes in two communes of Hà Nội, through the gateway.
        for (String commune : List.of(BA_DINH, NGOC_HA)) {
            String worker = token("CASE_WORKER", commune);
            String violence = intake(worker, commune, List.of("VIOLENCE"), List.of("G09"));
            intake(worker, commune, List.of("NEGLECT", "SEXUAL_ABUSE"), List.of());
            intake(worker, commune, List.of("DROWNING"), List.of("G04"));
            String etag = given().header("Authorization", "Bearer " + worker).when().get("/api/v1/cases/" + violence)
                    .then().statusCode(200).extract().header("ETag");
            given().header("Authorization", "Bearer " + worker).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                            Map.of("riskLevel", "HIGH", "emergency", false)))
                    .when().post("/api/v1/cases/" + violence + "/transitions").then().statusCode(200);
            given().header("Authorization", "Bearer " + worker).contentType(ContentType.JSON)
                    .body(Map.of("type", "MEDICAL_CARE", "provider", "Trạm y tế",
                            "deliveredOn", java.time.LocalDate.now().toString()))
                    .when().post("/api/v1/cases/" + violence + "/services").then().statusCode(201);
        }
        String analyst = token("ANALYST", HA_NOI);
        everyIndicatorEqualsTheDirectCount(analyst, true);
    }

    @Test
    @Order(7)
    void afterAFullReplayAndAfterEveryEventDeliveredTwiceTheIndicatorsStillEqualTheDirectCounts() throws SQLException {
        String analyst = token("ANALYST", HA_NOI);
        given().header("Authorization", "Bearer " + token("ADMIN", "VN")).when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        everyIndicatorEqualsTheDirectCount(analyst, false);

        int published = (int) count("case", "outbox_event where published_at is not null");
        List<CloudEvent> all = TestEvents.await(RunningPlatform.topic("case.events"), e -> true, published,
                Duration.ofSeconds(30));
        assertThat(all).hasSizeGreaterThanOrEqualTo(published);
        double duplicatesBefore = duplicatesSeenByReporting();
        all.forEach(event -> TestEvents.publish(RunningPlatform.topic("case.events"), event));
        await("reporting-service consumed every redelivery").atMost(Duration.ofSeconds(60))
                .until(() -> duplicatesSeenByReporting() >= duplicatesBefore + all.size());
        everyIndicatorEqualsTheDirectCount(analyst, false);
    }

    @Test
    @Order(8)
    void noPersonalDataOfTheScenarioIsOnAnyTopicOrInTheReportingDatabase() throws SQLException {
        // Personal data the scenario sent to case-service: names, birth dates, ID numbers, phone numbers, addresses,
        // free text; any phone number at all is also a finding.
        assertThat(PERSONAL_DATA_SENT).as("personal data sent by the scenario of @Order(6)").hasSizeGreaterThan(9);
        List<String> personal = new java.util.ArrayList<>(PERSONAL_DATA_SENT);
        personal.addAll(NAMES_SENT);
        personal.addAll(List.of("Nguyễn Văn An", "2015-03-01", "2016-05-01"));
        List<String> topics = topicsOfThisRun();
        // reporting.events exists once a report changes status, which this scenario does not do; whatever exists is read
        assertThat(topics).as("topics of this run").contains(RunningPlatform.topic("case.events"),
                RunningPlatform.topic("plan.events"));
        for (String base : topics) {
            List<String> records = rawRecords(base);
            if (base.equals(RunningPlatform.topic("case.events"))) {
                assertThat(records).as("the scenario published case events").isNotEmpty();
            }
            for (String record : records) {
                for (String value : personal) {
                    assertThat(record).as("a record of " + base).doesNotContain(value);
                }
                assertThat(PHONE.matcher(record).find()).as("a phone number in a record of " + base + ": " + record)
                        .isFalse();
            }
        }
        RunningPlatform.Service reporting = RunningPlatform.SERVICES.get("reporting");
        try (var connection = DriverManager.getConnection(RunningPlatform.jdbcUrl("reporting"), reporting.role(),
                reporting.role())) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'"
                            + " and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("case_fact", "processed_event");
            for (String table : tables) {
                try (var rows = connection.createStatement().executeQuery(
                        "select cast(t as text) from \"" + table + "\" t")) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        for (String value : personal) {
                            assertThat(row).as("a row of " + table).doesNotContain(value);
                        }
                        assertThat(PHONE.matcher(row).find()).as("a phone number in a row of " + table).isFalse();
                    }
                }
            }
        }
    }

    /** Every topic the services of this run wrote to (events, dead letters, ...). */
    private static List<String> topicsOfThisRun() {
        var config = new java.util.Properties();
        config.put("bootstrap.servers", TestEvents.bootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            return admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(RunningPlatform.TOPIC_SUFFIX)).sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
    }

    /** Every record of {@code topic} from its start, as text. */
    private static List<String> rawRecords(String topic) {
        var config = new java.util.Properties();
        config.put("bootstrap.servers", TestEvents.bootstrapServers());
        config.put("group.id", "pii-scan-" + UUID.randomUUID());
        List<String> records = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.key() + " " + r.value()));
            }
        }
        return records;
    }

    /**
     * Each computed indicator, for two communes and for Hà Nội, against a direct count over case-service's database;
     * with {@code await}, waits for the projection to catch up, else the figures must be equal at once.
     */
    private static void everyIndicatorEqualsTheDirectCount(String analyst, boolean await) throws SQLException {
        if (await) {
            long expectedIntakes = directCount("INTAKES_RECEIVED", HA_NOI);
            awaitValue(() -> indicator(analyst, "INTAKES_RECEIVED", HA_NOI), expectedIntakes);
        }
        for (String indicator : DirectCounts.QUERIES.keySet()) {
            for (String unit : List.of(BA_DINH, NGOC_HA, HA_NOI)) {
                long expected = directCount(indicator, unit);
                if (await) {
                    awaitValue(() -> indicator(analyst, indicator, unit), expected);
                } else {
                    assertThat(indicator(analyst, indicator, unit)).as(indicator + " of " + unit)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /**
     * An intake with every kind of personal data the form holds: the child's name, birth date and personal ID number, a
     * caregiver's name and phone, an informant's name, phone and address, and free text about what happened; then a
     * case note. Each value is unique to this run and remembered in {@link #PERSONAL_DATA_SENT}.
     */
    private static String intake(String worker, String commune, List<String> concerns, List<String> groups) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Trẻ " + UUID.randomUUID();
        NAMES_SENT.add(name);
        // 12 digits: Hà Nội (001), a girl born in the 2000s (3), born in 2015 (15), then six digits of this run
        String personalId = "001315" + String.format("%06d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000);
        String caregiverPhone = "09" + String.format("%08d", Math.floorMod(marker.hashCode(), 100_000_000));
        String informantPhone = "03" + String.format("%08d", Math.floorMod(name.hashCode(), 100_000_000));
        String situation = "Hàng xóm nghe tiếng trẻ khóc nhiều đêm, mã " + marker;
        String informantName = "Người báo tin " + marker;
        String caregiverName = "Người chăm sóc " + marker;
        String address = "Thôn " + marker + ", xã Bản Lầu";
        String note = "Đã gặp cô giáo chủ nhiệm, ghi chú " + marker;
        PERSONAL_DATA_SENT.addAll(List.of(name, personalId, caregiverPhone, informantPhone, situation, informantName,
                caregiverName, address, note));
        Map<String, Object> child = new java.util.HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "birthDate",
                "2015-03-01", "personalIdNumber", personalId));
        child.put("groups", groups.stream().map(g -> Map.of("code", g)).toList());
        child.put("caregivers", List.of(Map.of("fullName", caregiverName, "relationship", "MOTHER", "phone",
                caregiverPhone, "guardian", true, "livesWithChild", true)));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "PHONE", "communeCode", commune,
                "receivedAt",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(10).withNano(0).toString(),
                "concernCategories", concerns, "child", child, "situation", situation, "childCondition",
                "Có vết bầm ở tay, " + marker));
        body.put("informant", Map.of("fullName", informantName, "phone", informantPhone, "address", address));
        body.put("informantConsent", true);
        String caseId = given().header("Authorization", "Bearer " + worker).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");
        given().header("Authorization", "Bearer " + worker).contentType(ContentType.JSON).body(Map.of("text", note))
                .when().post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        return caseId;
    }

    /** The direct count of {@code indicator} for {@code unit} over case-service's own database this year. */
    private static long directCount(String indicator, String unit) throws SQLException {
        RunningPlatform.Service owner = RunningPlatform.SERVICES.get("case");
        try (var connection = DriverManager.getConnection(RunningPlatform.jdbcUrl("case"), owner.role(),
                owner.role())) {
            return DirectCounts.count(connection, indicator, unit, unit.equals(HA_NOI));
        }
    }

    @Test
    @Order(100)
    void aServiceThatIsDownGivesAProblemResponseAtTheGatewayNotAHang() throws InterruptedException {
        String planner = token("PLANNER", HA_NOI);
        RunningPlatform.kill("plan");

        given().header("Authorization", "Bearer " + planner).header("Accept-Language", "en")
                .when().get("/api/v1/plans/" + UUID.randomUUID())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("plan-service"));
        // the rest of the platform keeps working
        postIntake(token("CASE_WORKER", BA_DINH), BA_DINH).then().statusCode(201);
    }

    private static io.restassured.response.Response postIntake(String token, String commune) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("channel", "HOTLINE_111", "communeCode", commune,
                        "receivedAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(5)
                                .withNano(0).toString(),
                        "concernCategories", List.of("VIOLENCE"),
                        "child", Map.of("fullName", "Nguyễn Văn An", "sex", "MALE", "birthDate", "2016-05-01"),
                        "confirmNewChild", true))
                .when().post("/api/v1/intakes");
    }

    private static String token(String role, String unit) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sub", "e2e-" + role.toLowerCase(), "groups", List.of(role), "unit", unit))
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200).extract().path("access_token");
    }

    private static long indicator(String token, String indicator, String unit) {
        JsonPath body = given().header("Authorization", "Bearer " + token)
                .queryParam("indicator", indicator).queryParam("unit", unit).queryParam("period", YEAR)
                .when().get("/api/v1/indicator-values")
                .then().statusCode(200).extract().jsonPath();
        return body.getLong("value");
    }

    private static void awaitValue(Supplier<Long> value, long expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(value.get()).isEqualTo(expected));
    }

    private static double duplicatesSeenByReporting() {
        String metrics = RestAssured.given().baseUri(RunningPlatform.SERVICES.get("reporting").url()).basePath("")
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        return vn.treem.platform.testing.TestMetrics.sum(metrics, "treem_events_consumed_total",
                "outcome=\"duplicate\"");
    }

    private static long count(String service, String table) throws SQLException {
        RunningPlatform.Service owner = RunningPlatform.SERVICES.get(service);
        try (var connection = DriverManager.getConnection(RunningPlatform.jdbcUrl(service), owner.role(),
                owner.role()); var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
