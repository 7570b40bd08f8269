package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Webhooks of Hotline 111 clients, received by an in-JVM WireMock server. The test profile retries after 0.25 s,
 * doubling up to 1 s, parks after 5 attempts and gives up on an answer after 1 s.
 */
@QuarkusTest
class HotlineWebhookTest {

    private static final String WORKER = bearer(BA_DINH, "CASE_WORKER");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer receiver;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(20).gzipDisabled(true));
        receiver.start();
        // The first request a fresh WireMock serves can take longer than the 1 s time limit of the test profile on a
        // loaded machine; warm it up so that a test's first delivery is not retried for that reason.
        receiver.stubFor(post(urlEqualTo("/warm-up")).willReturn(aResponse().withStatus(204)));
        for (int i = 0; i < 3; i++) {
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(url("/warm-up")))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("the webhook receiver does not answer", e);
            }
        }
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    /** {@code %test.treem.hotline.webhooks.max-attempts}: about 6 s of retries, enough for a slow machine. */
    static final int MAX_ATTEMPTS = 8;

    @Test
    void eachStatusChangeIsPostedSignedWithTheSecretAndWithoutPersonalData() throws Exception {
        String client = HotlineReferenceTest.hotlineClient();
        String other = HotlineReferenceTest.hotlineClient();
        String path = answering(200);
        String secret = secret();
        register(client, path, secret);
        String otherWebhook = register(other, answering(200), secret());
        String reference = HotlineReferenceTest.reference();
        String childName = "Vàng Thị Xuân " + UUID.randomUUID();
        Map<String, Object> report = HotlineReferenceTest.report(reference, childName);
        IntakeRequests.child(report).put("personalIdNumber", "001316012345");
        report.put("situation", "Hàng xóm nghe tiếng trẻ khóc ở số 12 ngõ 5");
        report.put("informant", Map.of("fullName", "Trần Thị Bình", "phone", "0912345678"));
        report.put("informantConsent", true);
        Response created = HotlineReferenceTest.send(client, report);
        created.then().statusCode(201);
        String intakeId = created.path("intakeId");

        LoggedRequest opened = awaitRequests(path, 1).get(0);
        JsonNode body = JSON.readTree(opened.getBody());
        assertThat(body.path("type").asText()).isEqualTo("referral.status-changed.v1");
        assertThat(body.path("hotlineReference").asText()).isEqualTo(reference);
        assertThat(body.path("intakeId").asText()).isEqualTo(intakeId);
        assertThat(body.path("sequence").asInt()).isEqualTo(1);
        assertThat(body.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(body.path("statusLabel").path("vi").asText()).isEqualTo("Đã tiếp nhận");
        assertThat(body.path("statusLabel").path("en").asText()).isEqualTo("Received");
        assertThat(body.has("previousStatus")).isFalse();
        assertThat(body.path("occurredAt").asText()).endsWith("+07:00");
        assertThat(body.path("deliveryId").asText()).isEqualTo(opened.getHeader("Treem-Delivery-Id"));
        assertThat(opened.getHeader("Content-Type")).startsWith("application/json");

        String signature = opened.getHeader("Treem-Signature");
        long timestamp = Long.parseLong(part(signature, "t"));
        assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 300, Instant.now().getEpochSecond() + 5);
        assertThat(part(signature, "v1")).isEqualTo(hmac(secret, timestamp, opened.getBody()))
                .isNotEqualTo(hmac(secret(), timestamp, opened.getBody()));

        // The body is what docs/integrations/hotline-webhook.v1.json says: nothing more, nothing required missing.
        JsonNode schema = JSON.readTree(Path.of("..", "docs", "integrations", "hotline-webhook.v1.json").toFile());
        List<String> members = iterate(body.fieldNames());
        assertThat(iterate(schema.path("properties").fieldNames())).containsAll(members);
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        assertThat(members).containsAll(required);

        String bodyText = opened.getBodyAsString();
        assertThat(bodyText).doesNotContain(childName).doesNotContain("001316012345").doesNotContain("2016-05-01")
                .doesNotContain("0912345678").doesNotContain("Trần Thị Bình").doesNotContain("ngõ 5");

        CaseFixtures.transition(WORKER, created.path("caseId"), CaseFixtures.initialAssessment(false))
                .statusCode(200);
        LoggedRequest assessed = await().atMost(Duration.ofSeconds(20)).until(() -> receiver
                .findAll(postRequestedFor(urlEqualTo(path))).stream()
                .filter(r -> r.getBodyAsString().contains("\"sequence\":2")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        JsonNode next = JSON.readTree(assessed.getBody());
        assertThat(next.path("sequence").asInt()).isEqualTo(2);
        assertThat(next.path("status").asText()).isEqualTo("INITIAL_ASSESSMENT");
        assertThat(next.path("previousStatus").asText()).isEqualTo("RECEIVED");
        assertThat(next.path("statusLabel").path("vi").asText()).isEqualTo("Đã đánh giá ban đầu");
        assertThat(assessed.getHeader("Treem-Delivery-Id")).isNotEqualTo(opened.getHeader("Treem-Delivery-Id"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(client, "intakeId", intakeId)
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")))
                .body("items.attempts", org.hamcrest.Matchers.everyItem(equalTo(1))));
        // Another client's webhook hears nothing of this report.
        deliveries(other, "webhookId", otherWebhook).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aDeliveryAnswered500IsRetriedAndDeliveredOnce() {
        String client = HotlineReferenceTest.hotlineClient();
        String path = "/hooks/" + UUID.randomUUID();
        String scenario = "flaky " + path;
        receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        register(client, path, secret());

        String intakeId = submit(client);

        Response delivered = awaitDelivery(client, intakeId, "DELIVERED");
        assertThat(delivered.<Integer>path("items[0].attempts")).isEqualTo(2);
        assertThat(delivered.<Integer>path("items[0].lastResponseStatus")).isEqualTo(204);
        String deliveryId = delivered.path("items[0].id");
        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(received).extracting(r -> r.getHeader("Treem-Delivery-Id")).containsOnly(deliveryId);
        assertThat(received).extracting(r -> r.getHeader("Treem-Delivery-Attempt")).containsExactlyInAnyOrder("1", "2");
        assertThat(received.get(1).getBodyAsString()).isEqualTo(received.get(0).getBodyAsString());
        // Delivered means done: no further attempt comes.
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() == 2);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsTriedAgain() {
        String client = HotlineReferenceTest.hotlineClient();
        String path = "/hooks/" + UUID.randomUUID();
        String scenario = "slow " + path;
        receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)).willSetStateTo("fast"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("fast")
                .willReturn(aResponse().withStatus(200)));
        register(client, path, secret());

        String intakeId = submit(client);

        Response delivered = awaitDelivery(client, intakeId, "DELIVERED");
        assertThat(delivered.<Integer>path("items[0].attempts")).isEqualTo(2);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(2);
    }

    @Test
    void afterTheLastAttemptADeliveryIsParkedListedAndCanBeSentAgain() {
        String client = HotlineReferenceTest.hotlineClient();
        String path = answering(503);
        register(client, path, secret());
        String intakeId = submit(client);

        Response parked = awaitDelivery(client, intakeId, "PARKED");
        parked.then().body("items[0].attempts", equalTo(MAX_ATTEMPTS))
                .body("items[0].lastResponseStatus", equalTo(503))
                .body("items[0].lastError", equalTo("HTTP_STATUS"))
                .body("items[0].parkedAt", notNullValue());
        String deliveryId = parked.path("items[0].id");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(MAX_ATTEMPTS);

        given().header("Authorization", client).queryParam("state", "PARKED").queryParam("limit", 100)
                .when().get("/api/v1/hotline/deliveries")
                .then().statusCode(200).body("items.id", hasItem(deliveryId));
        given().header("Authorization", HotlineReferenceTest.hotlineClient()).queryParam("state", "PARKED")
                .queryParam("limit", 100).when().get("/api/v1/hotline/deliveries")
                .then().statusCode(200).body("items.id", not(hasItem(deliveryId)));
        given().header("Authorization", bearer("VN", "ADMIN")).queryParam("intakeId", intakeId)
                .when().get("/api/v1/hotline/deliveries")
                .then().statusCode(200)
                .body("items[0].id", equalTo(deliveryId))
                .body("items[0].state", equalTo("PARKED"))
                .body("items[0].client", notNullValue());
        given().header("Authorization", bearer("01", "ADMIN")).when().get("/api/v1/hotline/deliveries")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", WORKER).when().get("/api/v1/hotline/deliveries")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));

        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        given().header("Authorization", client).when().post("/api/v1/hotline/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        awaitDelivery(client, intakeId, "DELIVERED").then().body("items[0].attempts", equalTo(1));
        given().header("Authorization", client).header("Accept-Language", "en")
                .when().post("/api/v1/hotline/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("DELIVERED"));
    }

    @Test
    void theStatusesOfAnIntakeArriveInOrderWhileAnEarlierOneIsRetried() {
        String client = HotlineReferenceTest.hotlineClient();
        String path = answering(500);
        register(client, path, secret());
        Response created = HotlineReferenceTest.send(client,
                HotlineReferenceTest.report(HotlineReferenceTest.reference(), "Giàng Văn Tú"));
        String intakeId = created.then().statusCode(201).extract().path("intakeId");
        awaitRequests(path, 1);

        CaseFixtures.transition(WORKER, created.path("caseId"), CaseFixtures.initialAssessment(false))
                .statusCode(200);

        // The second status waits while the first one is being retried.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                        .noneMatch(r -> r.getBodyAsString().contains("\"sequence\":2")));
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(client, "intakeId", intakeId)
                .then().body("items.state", equalTo(List.of("DELIVERED", "DELIVERED"))));

        Response both = deliveries(client, "intakeId", intakeId); // newest first
        assertThat(both.<Integer>path("items[0].sequence")).isEqualTo(2);
        assertThat(both.<Integer>path("items[0].attempts")).isEqualTo(1);
        assertThat(OffsetDateTime.parse(both.path("items[0].lastAttemptAt")))
                .isAfterOrEqualTo(OffsetDateTime.parse(both.path("items[1].deliveredAt")));
        assertThat(both.<Integer>path("items[1].attempts")).isGreaterThan(1);
    }

    @Test
    void onlyHotlineClientsRegisterWebhooks() {
        for (String auth : List.of(WORKER, bearer("VN", "ADMIN"), bearer("VN", "ANALYST"))) {
            given().header("Authorization", auth).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.port() + "/x", "secret", secret()))
                    .when().post("/api/v1/hotline/webhooks")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void badWebhookRegistrationsAreProblemsAndStoreNothing() {
        String client = HotlineReferenceTest.hotlineClient();
        long webhooks = count("hotline_webhook");

        problem(client, Map.of("url", "ftp://example.org/hook", "secret", secret()))
                .body("errors[0].field", equalTo("url")).body("errors[0].code", equalTo("INVALID_URL"));
        problem(client, Map.of("url", "https://user:pw@example.org/hook", "secret", secret()))
                .body("errors[0].code", equalTo("URL_WITH_CREDENTIALS_OR_FRAGMENT"));
        problem(client, Map.of("url", "https://example.org/hook"))
                .body("errors[0].field", equalTo("secret")).body("errors[0].code", equalTo("REQUIRED"));
        problem(client, Map.of("url", "https://example.org/hook", "secret", "too-short"))
                .body("errors[0].field", equalTo("secret")).body("errors[0].code", equalTo("TOO_SHORT"))
                .body("errors[0].message", containsString("32"));

        assertThat(count("hotline_webhook")).isEqualTo(webhooks);
    }

    @Test
    void theSecretIsNeverReturnedNorStoredInClearNorLogged() throws Exception {
        String client = HotlineReferenceTest.hotlineClient();
        String secret = secret();
        String path = answering(200);

        Response registered = given().header("Authorization", client).contentType(ContentType.JSON)
                .body(Map.of("url", url(path), "secret", secret))
                .when().post("/api/v1/hotline/webhooks");
        registered.then().statusCode(201)
                .header("Location", containsString("/api/v1/hotline/webhooks/"))
                .body("url", equalTo(url(path)));
        String id = registered.path("id");
        assertThat(registered.asString()).doesNotContain(secret).doesNotContain("secret");
        String read = given().header("Authorization", client).when().get("/api/v1/hotline/webhooks/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).extract().asString();
        String listed = given().header("Authorization", client).when().get("/api/v1/hotline/webhooks")
                .then().statusCode(200).body("id", equalTo(List.of(id))).extract().asString();
        assertThat(read + listed).doesNotContain(secret).doesNotContain("secret");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select secret from hotline_webhook where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult());
        assertThat(stored).startsWith("v1:").doesNotContain(secret);

        String intakeId = submit(client);
        awaitDelivery(client, intakeId, "DELIVERED");
        assertThat(Files.readString(Path.of("target", "case-service-test.log"))).contains(id)
                .doesNotContain(secret);
    }

    @Test
    void aWebhookIsDeletedOnlyByItsClientAndThenReceivesNothing() {
        String client = HotlineReferenceTest.hotlineClient();
        String path = answering(200);
        String id = register(client, path, secret());

        given().header("Authorization", HotlineReferenceTest.hotlineClient())
                .when().delete("/api/v1/hotline/webhooks/" + id)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().header("Authorization", bearer("VN", "ADMIN")).when().get("/api/v1/hotline/webhooks/" + id)
                .then().statusCode(200).body("client", notNullValue());
        given().header("Authorization", client).when().delete("/api/v1/hotline/webhooks/" + id)
                .then().statusCode(204);

        given().header("Authorization", client).when().get("/api/v1/hotline/webhooks/" + id)
                .then().statusCode(404);
        given().header("Authorization", client).when().get("/api/v1/hotline/webhooks")
                .then().statusCode(200).body("size()", equalTo(0));
        String intakeId = submit(client);
        deliveries(client, "intakeId", intakeId).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aClientHasAtMostTenWebhooks() {
        String client = HotlineReferenceTest.hotlineClient();
        for (int i = 0; i < 10; i++) {
            register(client, "/hooks/limit-" + i, secret());
        }

        given().header("Authorization", client).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("url", url("/hooks/limit-10"), "secret", secret()))
                .when().post("/api/v1/hotline/webhooks")
                .then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("10"));
    }

    @Test
    void badDeliveryQueriesAreProblems() {
        String client = HotlineReferenceTest.hotlineClient();
        given().header("Authorization", client).queryParam("limit", 0).when().get("/api/v1/hotline/deliveries")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", client).queryParam("cursor", "not-a-cursor")
                .when().get("/api/v1/hotline/deliveries")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", client).header("Accept-Language", "en").queryParam("state", "LOST")
                .queryParam("intakeId", "42").when().get("/api/v1/hotline/deliveries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("state", "intakeId")))
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"))
                .body("errors[0].message", containsString("PARKED"))
                .body("errors[1].code", equalTo("INVALID_FORMAT"));
        given().header("Authorization", client)
                .when().post("/api/v1/hotline/deliveries/" + UUID.randomUUID() + "/redelivery")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    /** A fresh path on the receiver that answers {@code status}. */
    private static String answering(int status) {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return path;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private static String secret() {
        return "whsec-" + UUID.randomUUID() + UUID.randomUUID();
    }

    private static String register(String client, String path, String secret) {
        return given().header("Authorization", client).contentType(ContentType.JSON)
                .body(Map.of("url", url(path), "secret", secret))
                .when().post("/api/v1/hotline/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse problem(String client, Map<String, Object> body) {
        return given().header("Authorization", client).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/hotline/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"));
    }

    private static String submit(String client) {
        return HotlineReferenceTest.send(client,
                HotlineReferenceTest.report(HotlineReferenceTest.reference(), "Hầu Thị Vân"))
                .then().statusCode(201).extract().path("intakeId");
    }

    private static Response deliveries(String client, String filter, String value) {
        return given().header("Authorization", client).queryParam(filter, value)
                .when().get("/api/v1/hotline/deliveries");
    }

    /** The deliveries about the intake once the newest is in {@code state}. */
    private static Response awaitDelivery(String client, String intakeId, String state) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(client, "intakeId", intakeId),
                r -> r.statusCode() == 200 && state.equals(r.path("items[0].state")));
    }

    private static List<LoggedRequest> awaitRequests(String path, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> receiver.findAll(postRequestedFor(urlEqualTo(path))), requests -> requests.size() >= count);
    }

    private static <T> List<String> iterate(java.util.Iterator<T> items) {
        List<String> out = new java.util.ArrayList<>();
        items.forEachRemaining(item -> out.add(String.valueOf(item)));
        return out;
    }

    private static String part(String signature, String name) {
        for (String element : signature.split(",")) {
            if (element.startsWith(name + "=")) {
                return element.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + signature);
    }

    /** The receiver's check, written independently of the code under test: HMAC-SHA256 of "t.body". */
    private static String hmac(String secret, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
    }
}
