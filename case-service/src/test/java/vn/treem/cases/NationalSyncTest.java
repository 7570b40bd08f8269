package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.NationalSyncFixtures.ADMIN;
import static vn.treem.cases.NationalSyncFixtures.WORKER;
import static vn.treem.cases.NationalSyncFixtures.failingWith;
import static vn.treem.cases.NationalSyncFixtures.item;
import static vn.treem.cases.NationalSyncFixtures.items;
import static vn.treem.cases.NationalSyncFixtures.personalId;
import static vn.treem.cases.NationalSyncFixtures.pushAll;
import static vn.treem.cases.NationalSyncFixtures.pushUntil;
import static vn.treem.cases.NationalSyncFixtures.registerChild;
import static vn.treem.cases.NationalSyncFixtures.status;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;
import vn.treem.cases.national.NationalSyncWorker;

/**
 * Changes reach the national child database through the sync outbox, whatever the national system does: nothing is lost
 * (every change is eventually pushed or parked with its reason) and nothing is duplicated.
 */
@QuarkusTest
@TestProfile(NationalSyncProfile.class)
class NationalSyncTest {

    @InjectSimulator
    WireMockServer remote;

    @Inject
    NationalSyncWorker worker;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    EntityManager em;

    @BeforeEach
    void aHealthyNationalSystem() {
        if (!remote.isRunning()) {
            remote.start();
        }
        NationalChildDbSimulator.healthy(remote, breakers);
    }

    @Test
    void aRegisteredChildReachesTheNationalDatabaseOnceUnderOurId() {
        String name = uniqueName("Hoa");
        String pid = personalId();
        String id = registerChild(name, pid);

        JsonPath done = pushUntil(worker, id, "CHILD", status("DONE"));

        assertThat(done.getString("remoteOutcome")).isEqualTo("CREATED");
        assertThat(done.getString("nationalId")).isEqualTo("TE-SIM-1");
        assertThat(done.getInt("attempts")).isEqualTo(1);
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
        remote.verify(putRequestedFor(urlEqualTo("/api/v1/children/" + id))
                .withHeader("Authorization", equalTo("Bearer simulated-token"))
                .withHeader("Idempotency-Key", equalTo("treem-child-" + id + "-v0"))
                .withHeader("X-Source-System", equalTo("TREEM"))
                .withRequestBody(matchingJsonPath("$.externalId", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.sourceVersion", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.fullName", equalTo(name)))
                .withRequestBody(matchingJsonPath("$.sex", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.birthDate", equalTo("2016-05-01")))
                .withRequestBody(matchingJsonPath("$.personalIdNumber", equalTo(pid)))
                .withRequestBody(matchingJsonPath("$.ethnicityCode", equalTo("01")))
                .withRequestBody(matchingJsonPath("$.residenceCommuneCode", equalTo(BA_DINH)))
                .withRequestBody(matchingJsonPath("$.residenceProvinceCode", equalTo("01")))
                .withRequestBody(matchingJsonPath("$.specialCircumstances[0].groupCode", equalTo("G04")))
                .withRequestBody(matchingJsonPath("$.specialCircumstances[0].lawLetter", equalTo("d"))));
        remote.verify(postRequestedFor(urlPathEqualTo(NationalChildDbSimulator.TOKEN))
                .withRequestBody(containing("grant_type=client_credentials")));
    }

    @Test
    void anUpdateIsPushedAgainWithTheNewVersionsKey() {
        String name = uniqueName("Lan");
        String id = registerChild(name, null);
        pushUntil(worker, id, "CHILD", status("DONE"));
        String etag = given().header("Authorization", WORKER).when().get("/api/v1/children/" + id)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = NationalSyncFixtures.child(name, null, BA_DINH);
        changed.put("ethnicity", "02");
        given().header("Authorization", WORKER).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/children/" + id).then().statusCode(200);

        pushAll(worker, id);

        assertThat(items(id)).hasSize(2);
        remote.verify(2, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id))
                .withHeader("Idempotency-Key", equalTo("treem-child-" + id + "-v1"))
                .withRequestBody(matchingJsonPath("$.ethnicityCode", equalTo("02"))));
    }

    @Test
    void aCasesStatusesFollowItsChildInOrderWithoutPersonalData() {
        String name = uniqueName("Mai");
        Map<String, Object> intake = IntakeRequests.valid(BA_DINH, name);
        Map<String, Object> receipt = given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(intake).when().post("/api/v1/intakes").then().statusCode(201).extract().jsonPath()
                .getMap("");
        String caseId = (String) receipt.get("caseId");
        String childId = (String) receipt.get("childId");
        CaseFixtures.transition(WORKER, caseId, CaseFixtures.initialAssessment(false)).statusCode(200);

        pushAll(worker, childId);

        List<String> kinds = items(childId).stream().map(i -> (String) i.get("kind")).toList();
        assertThat(kinds).containsExactly("CASE_STATUS", "CASE_STATUS", "CHILD");
        List<ServeEvent> calls = new ArrayList<>(remote.getAllServeEvents());
        calls.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<String> sequence = calls.stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().equals("/api/v1/children/" + childId)
                        || r.getUrl().equals("/api/v1/case-status-reports"))
                .map(r -> r.getUrl().contains("children")
                        ? "child"
                        : JsonPath.from(r.getBodyAsString()).getString("status"))
                .toList();
        assertThat(sequence).containsExactly("child", "TIEP_NHAN", "DANH_GIA_BAN_DAU");
        for (var report : remote.findAll(postRequestedFor(urlEqualTo("/api/v1/case-status-reports")))) {
            assertThat(report.getBodyAsString()).contains(caseId).contains(childId).doesNotContain(name)
                    .doesNotContain("2016-05-01");
            assertThat(report.getHeader("Idempotency-Key")).startsWith("treem-case-" + caseId + "-");
        }
    }

    @Test
    void aCaseStatusWaitsWhileItsChildsRecordIsStillPending() {
        Map<String, Object> receipt = given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(IntakeRequests.valid(BA_DINH, uniqueName("Thu"))).when().post("/api/v1/intakes")
                .then().statusCode(201).extract().jsonPath().getMap("");
        String childId = (String) receipt.get("childId");
        String caseId = (String) receipt.get("caseId");
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + childId)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        pushUntil(worker, childId, "CHILD", item -> item.getInt("attempts") >= 2);

        remote.verify(0, postRequestedFor(urlEqualTo("/api/v1/case-status-reports"))
                .withRequestBody(matchingJsonPath("$.externalCaseId", equalTo(caseId))));
        assertThat(item(childId, "CASE_STATUS").getString("status")).isEqualTo("PENDING");
        assertThat(item(childId, "CASE_STATUS").getInt("attempts")).isZero();

        remote.resetMappings();
        NationalChildDbSimulator.defaults(remote);
        pushAll(worker, childId);
        remote.verify(1, postRequestedFor(urlEqualTo("/api/v1/case-status-reports"))
                .withRequestBody(matchingJsonPath("$.externalCaseId", equalTo(caseId))));
    }

    @Test
    void refusedConnectionsKeepTheChangeUntilTheNationalSystemIsBack() {
        String id = registerChild(uniqueName("Cúc"), null);
        remote.stop();

        // The whole national system is unreachable: the token request is the first call to fail.
        JsonPath failing = pushUntil(worker, id, "CHILD",
                item -> failingWith("CONNECTION_FAILED").test(item) || failingWith("TOKEN_UNAVAILABLE").test(item));
        assertThat(failing.getInt("attempts")).isBetween(1, NationalSyncProfile.MAX_ATTEMPTS - 1);

        remote.start();
        breakers.resetAll();
        pushUntil(worker, id, "CHILD", status("DONE"));
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
    }

    @Test
    void anOutageWith503IsRetriedWithBackoffUntilTheNationalSystemIsBack() {
        String id = registerChild(uniqueName("Đào"), null);
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        JsonPath failing = pushUntil(worker, id, "CHILD",
                item -> failingWith("REMOTE_5XX").test(item) && item.getInt("attempts") >= 2);
        assertThat(failing.getInt("lastError.httpStatus")).isEqualTo(503);
        assertThat(failing.getString("nextAttemptAt")).isNotNull();
        assertThat(failing.getString("status")).isEqualTo("PENDING");

        remote.resetMappings();
        remote.resetRequests();
        NationalChildDbSimulator.defaults(remote);
        JsonPath done = pushUntil(worker, id, "CHILD", status("DONE"));
        assertThat(done.getInt("attempts")).isGreaterThanOrEqualTo(3);
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
    }

    @Test
    void aSlowAnswerTimesOutAndTheRetryWithTheSameKeyIsRecognisedAsADuplicate() {
        String id = registerChild(uniqueName("Yến"), null);
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(201).withFixedDelay(1_500)));

        pushUntil(worker, id, "CHILD", failingWith("TIMEOUT"));

        // The national system did apply the slow request: the retry, with the same key, is answered 409.
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"DUPLICATE_REQUEST\",\"nationalId\":\"TE-01-0000777\"}")));
        JsonPath done = pushUntil(worker, id, "CHILD", status("DONE"));

        assertThat(done.getString("remoteOutcome")).isEqualTo("DUPLICATE");
        assertThat(done.getString("nationalId")).isEqualTo("TE-01-0000777");
        var keys = remote.findAll(putRequestedFor(urlEqualTo("/api/v1/children/" + id))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).distinct().toList();
        assertThat(keys).containsExactly("treem-child-" + id + "-v0");
    }

    @Test
    void aValidationErrorParksTheChangeAtOnceWithCodesButNoPersonalData() throws Exception {
        String name = uniqueName("Nhung");
        String id = registerChild(name, null);
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"VALIDATION_FAILED\",\"message\":\"Trẻ " + name
                                + " không hợp lệ\",\"errors\":[{\"field\":\"birthDate\",\"code\":\"OUT_OF_RANGE\","
                                + "\"message\":\"2016-05-01 của " + name + "\"}]}")));

        JsonPath parked = pushUntil(worker, id, "CHILD", status("PARKED"));

        assertThat(parked.getInt("attempts")).isEqualTo(1);
        assertThat(parked.getString("lastError.code")).isEqualTo("REJECTED");
        assertThat(parked.getInt("lastError.httpStatus")).isEqualTo(422);
        assertThat(parked.getString("lastError.detail")).isEqualTo("VALIDATION_FAILED: birthDate=OUT_OF_RANGE");
        assertThat(parked.prettify()).doesNotContain(name);
        worker.runOnce();
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
        assertThat(Files.readString(Path.of("target", "case-service-test.log"))).contains(parked.getString("id"))
                .doesNotContain(name);

        // Fixed at the national end: an administrator sends it again.
        remote.resetMappings();
        NationalChildDbSimulator.defaults(remote);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/national-sync/items/" + parked.getString("id") + "/requeue")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PENDING"))
                .body("attempts", org.hamcrest.Matchers.equalTo(0));
        pushUntil(worker, id, "CHILD", status("DONE"));
        remote.verify(2, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
    }

    @Test
    void serverErrorsAreRetriedUntilTheChangeIsParkedWithTheReason() {
        String id = registerChild(uniqueName("Vy"), null);
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        JsonPath parked = pushUntil(worker, id, "CHILD", status("PARKED"));

        assertThat(parked.getInt("attempts")).isEqualTo(NationalSyncProfile.MAX_ATTEMPTS);
        assertThat(parked.getString("lastError.code")).isEqualTo("REMOTE_5XX");
        assertThat(parked.getInt("lastError.httpStatus")).isEqualTo(500);
        assertThat(parked.getString("parkedAt")).isNotNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("treem_national_sync_items\\{[^}]*status=\"parked\"[^}]*\\} [1-9]")
                .contains("treem_national_sync_items{status=\"pending\""));
    }

    @Test
    void aDuplicateAnswerCountsAsDone() {
        String id = registerChild(uniqueName("Quế"), null);
        remote.stubFor(put(urlEqualTo("/api/v1/children/" + id)).atPriority(1)
                .willReturn(aResponse().withStatus(409)));

        JsonPath done = pushUntil(worker, id, "CHILD", status("DONE"));

        assertThat(done.getString("remoteOutcome")).isEqualTo("DUPLICATE");
        assertThat(done.getInt("attempts")).isEqualTo(1);
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
    }

    @Test
    void aFailingTokenEndpointKeepsTheChangeUntilATokenIsIssued() {
        String id = registerChild(uniqueName("Loan"), null);
        remote.stubFor(post(urlPathEqualTo(NationalChildDbSimulator.TOKEN)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        pushUntil(worker, id, "CHILD", failingWith("TOKEN_UNAVAILABLE"));
        remote.verify(0, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));

        remote.resetMappings();
        NationalChildDbSimulator.defaults(remote);
        breakers.resetAll();
        pushUntil(worker, id, "CHILD", status("DONE"));
        remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
    }

    @Test
    void twoWorkersAtOnceNeverPushTheSameChangeTwice() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(registerChild(uniqueName("Song" + i), null));
        }
        remote.stubFor(put(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/children/.+"))
                .atPriority(5).willReturn(aResponse().withStatus(201).withFixedDelay(100)));

        CompletableFuture.allOf(CompletableFuture.runAsync(worker::runOnce),
                CompletableFuture.runAsync(worker::runOnce)).join();
        ids.forEach(id -> pushAll(worker, id));

        for (String id : ids) {
            remote.verify(1, putRequestedFor(urlEqualTo("/api/v1/children/" + id)));
        }
    }

    @Test
    void aBacklogLargerThanABatchIsPushedInOneScheduledRun() {
        // A backlog (a burst of intakes, an import, the end of an outage): more changes than one batch (batch-size 50).
        String child = registerChild(uniqueName("Ngan"), null);
        int backlog = 120;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into national_sync_outbox (kind, child_id, commune_code, status, attempts, next_attempt_at,
                    created_at)
                select 'CHILD', cast(?1 as uuid), ?2, 'PENDING', 0, now(), now() from generate_series(1, ?3)""")
                .setParameter(1, child).setParameter(2, BA_DINH).setParameter(3, backlog).executeUpdate());

        int handled = worker.drain();

        assertThat(handled).isGreaterThanOrEqualTo(backlog + 1);
        List<?> statuses = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status from national_sync_outbox where child_id = cast(?1 as uuid)")
                .setParameter(1, child).getResultList());
        assertThat(statuses).hasSize(backlog + 1).allMatch("DONE"::equals);
    }

    @Test
    void aRefusedRegistrationQueuesNothing() {
        long before = total();
        Map<String, Object> invalid = NationalSyncFixtures.child(uniqueName("Sai"), null, BA_DINH);
        invalid.put("birthDate", "2000-01-01");
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(invalid)
                .queryParam("confirmNew", true).when().post("/api/v1/children").then().statusCode(400);

        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aClaimReadsOnlyPendingItemsHoweverManyAreDone() {
        // Items are never deleted: a service that has run a while holds many DONE ones (here in a unit of no test).
        String history = "TEST-DONE";
        int done = 20_000;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into national_sync_outbox (kind, child_id, commune_code, status, attempts, next_attempt_at,
                    created_at, done_at)
                select 'CHILD', gen_random_uuid(), ?1, 'DONE', 1, now(), now(), now() from generate_series(1, ?2)""")
                .setParameter(1, history).setParameter(2, done).executeUpdate());
        String child = registerChild(uniqueName("Hang"), null);
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("analyze national_sync_outbox").executeUpdate());
            String plan = QuarkusTransaction.requiringNew().call(() -> ((List<?>) em
                    .createNativeQuery("explain (analyze, costs off) " + NationalSyncWorker.claim(10)).getResultList())
                    .stream().map(String::valueOf).collect(Collectors.joining("\n")));

            long rowsRead = 0;
            Matcher removed = Pattern.compile("Rows Removed by (?:Join )?Filter: (\\d+)").matcher(plan);
            while (removed.find()) {
                rowsRead += Long.parseLong(removed.group(1));
            }
            assertThat(plan).contains("national_sync_pending");
            assertThat(rowsRead).as(plan).isLessThan(done / 100);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("delete from national_sync_outbox where commune_code = ?1")
                    .setParameter(1, history).executeUpdate());
            // Nothing left PENDING for the next test: the worker takes items in id order.
            pushAll(worker, child);
        }
    }

    private static long total() {
        JsonPath summary = given().header("Authorization", ADMIN).queryParam("unit", BA_DINH)
                .when().get("/api/v1/national-sync/summary").then().statusCode(200).extract().jsonPath();
        return summary.getLong("pending") + summary.getLong("parked") + summary.getLong("done");
    }
}
