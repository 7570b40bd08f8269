package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Hotline 111 sends its own reference with an intake: unique per client, idempotent, and the key to its status. */
@QuarkusTest
class HotlineReferenceTest {

    private static final String WORKER = bearer(BA_DINH, "CASE_WORKER");

    @Inject
    EntityManager em;

    static String hotlineClient() {
        return bearerFor("hotline-" + UUID.randomUUID(), "VN", "HOTLINE");
    }

    static String reference() {
        return "111-2026-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> report(String reference, String childName) {
        Map<String, Object> body = IntakeRequests.valid(BA_DINH, childName);
        body.put("hotlineReference", reference);
        return body;
    }

    static Response send(String auth, Map<String, Object> body) {
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes");
    }

    @Test
    void theStatusOfAReportIsReadByTheHotlineReferenceWithoutCaseContentOrNames() {
        String client = hotlineClient();
        String reference = reference();
        String childName = "Lò Thị Hiền " + UUID.randomUUID();
        Response created = send(client, report(reference, childName));
        created.then().statusCode(201);
        String intakeId = created.path("intakeId");
        String caseId = created.path("caseId");

        Response status = given().header("Authorization", client).when()
                .get("/api/v1/hotline/referrals/" + reference);
        status.then().statusCode(200)
                .header("ETag", notNullValue())
                .body("hotlineReference", equalTo(reference))
                .body("intakeId", equalTo(intakeId))
                .body("status", equalTo("RECEIVED"))
                .body("statusLabel.vi", equalTo("Đã tiếp nhận"))
                .body("statusLabel.en", equalTo("Received"))
                .body("receivedAt", notNullValue());
        Map<String, Object> members = status.jsonPath().getMap("$");
        assertThat(members).containsOnlyKeys("hotlineReference", "intakeId", "status", "statusLabel", "receivedAt",
                "updatedAt");
        assertThat(status.asString()).doesNotContain(childName).doesNotContain("2016-05-01");

        CaseFixtures.transition(WORKER, caseId, CaseFixtures.initialAssessment(false)).statusCode(200);
        given().header("Authorization", client).when().get("/api/v1/hotline/referrals/" + reference)
                .then().statusCode(200)
                .body("status", equalTo("INITIAL_ASSESSMENT"))
                .body("statusLabel.en", equalTo("Initial assessment done"));
    }

    @Test
    void sendingAReferenceAgainWithTheSameReportReturnsTheFirstReceiptAndOpensNoSecondCase() {
        String client = hotlineClient();
        Map<String, Object> body = report(reference(), "Hà Văn Khánh");
        Response first = send(client, body);
        first.then().statusCode(201);
        long cases = count("protection_case");

        send(client, body).then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString((String) first.path("caseId")))
                .body("caseId", equalTo(first.path("caseId")))
                .body("intakeId", equalTo(first.path("intakeId")))
                .body("childId", equalTo(first.path("childId")))
                .body("status", equalTo("RECEIVED"));

        assertThat(count("protection_case")).isEqualTo(cases);
    }

    @Test
    void aReferenceSentAgainWithAnotherReportIsAConflictAndNothingIsStored() {
        String client = hotlineClient();
        String reference = reference();
        String intakeId = send(client, report(reference, "Triệu Thị Lan")).then().statusCode(201).extract()
                .path("intakeId");
        long cases = count("protection_case");
        long outbox = count("outbox_event");

        given().header("Authorization", client).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(report(reference, "Another Child"))
                .when().post("/api/v1/intakes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString(reference))
                .body("detail", containsString(intakeId));

        assertThat(count("protection_case")).isEqualTo(cases);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aReferenceIsUniquePerClientAndEachClientReadsOnlyItsOwn() {
        String first = hotlineClient();
        String second = hotlineClient();
        String reference = reference();
        String firstIntake = send(first, report(reference, "Mạc Văn Lợi")).then().statusCode(201).extract()
                .path("intakeId");

        // The same ticket number at another hotline client is another report.
        String secondIntake = send(second, report(reference, "Mạc Văn Lợi")).then().statusCode(201).extract()
                .path("intakeId");

        assertThat(secondIntake).isNotEqualTo(firstIntake);
        given().header("Authorization", first).when().get("/api/v1/hotline/referrals/" + reference)
                .then().statusCode(200).body("intakeId", equalTo(firstIntake));
        given().header("Authorization", second).when().get("/api/v1/hotline/referrals/" + reference)
                .then().statusCode(200).body("intakeId", equalTo(secondIntake));
    }

    @Test
    void anotherClientCannotReadAReferenceItDidNotSend() {
        String reference = reference();
        send(hotlineClient(), report(reference, "Chu Thị Mơ")).then().statusCode(201);

        given().header("Authorization", hotlineClient()).when().get("/api/v1/hotline/referrals/" + reference)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void onlyHotlineClientsReadStatusByReference() {
        String reference = reference();
        send(hotlineClient(), report(reference, "Lý Văn Nam")).then().statusCode(201);

        for (String auth : List.of(WORKER, bearer("VN", "ADMIN"), bearer("VN", "ANALYST"))) {
            given().header("Authorization", auth).when().get("/api/v1/hotline/referrals/" + reference)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void onlyHotlineClientsSendAReferenceAndNothingIsStoredOtherwise() {
        long intakes = count("intake");

        given().header("Authorization", WORKER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(report(reference(), "Bế Thị Oanh"))
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("hotlineReference"))
                .body("errors[0].code", equalTo("HOTLINE_ONLY"))
                .body("errors[0].message", containsString("HOTLINE"));

        assertThat(count("intake")).isEqualTo(intakes);
    }

    @Test
    void aMalformedReferenceIsABadRequest() {
        long intakes = count("intake");

        given().header("Authorization", hotlineClient()).contentType(ContentType.JSON)
                .body(report("111/2026 004512", "Sầm Văn Phú"))
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("hotlineReference"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
        given().header("Authorization", hotlineClient()).when()
                .get("/api/v1/hotline/referrals/" + "x".repeat(65))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"));

        assertThat(count("intake")).isEqualTo(intakes);
    }

    @Test
    void twoConcurrentSubmissionsOfOneReferenceOpenOneCase() {
        String client = hotlineClient();
        String reference = reference();
        Map<String, Object> body = report(reference, "Đinh Thị Quế");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> sendAfter(start, client, body));
        CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> sendAfter(start, client, body));
        start.countDown();

        List<Integer> statuses = List.of(one.join().statusCode(), two.join().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(one.join().<String>path("intakeId")).isEqualTo(two.join().path("intakeId"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from intake where hotline_reference = ?1")
                .setParameter(1, reference).getSingleResult()).longValue())).isEqualTo(1);
    }

    private static Response sendAfter(CountDownLatch start, String auth, Map<String, Object> body) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return send(auth, body);
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
    }
}
