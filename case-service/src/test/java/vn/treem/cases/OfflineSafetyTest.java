package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.treem.cases.CaseFixtures.etag;
import static vn.treem.cases.CaseFixtures.initialAssessment;
import static vn.treem.cases.CaseFixtures.open;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Made for flaky mobile networks: no silent overwrite, no duplicate on retry, delta sync by last change. */
@QuarkusTest
class OfflineSafetyTest {

    static final String WORKER = bearerFor("phone-worker", BA_DINH, "CASE_WORKER");
    static final String OTHER_WORKER = bearerFor("laptop-worker", BA_DINH, "CASE_WORKER");

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionOneWinsAndTheOtherGets412() throws Exception {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        String seen = etag(WORKER, caseId);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Response> high = CompletableFuture.supplyAsync(() -> send(start, WORKER, caseId, seen,
                Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                        Map.of("riskLevel", "HIGH", "emergency", false))));
        CompletableFuture<Response> low = CompletableFuture.supplyAsync(() -> send(start, WORKER, caseId, seen,
                Map.of("to", "INITIAL_ASSESSMENT", "initialAssessment",
                        Map.of("riskLevel", "LOW", "emergency", false))));
        start.countDown();

        List<Integer> statuses = List.of(high.get().statusCode(), low.get().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        Response loser = high.get().statusCode() == 412 ? high.get() : low.get();
        Response winner = loser == high.get() ? low.get() : high.get();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.header("ETag")).isEqualTo(winner.header("ETag"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().body("riskLevel", equalTo(winner.path("riskLevel")));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/transitions")
                .then().body("findAll { it.kind == 'STATUS' }.size()", equalTo(1));
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428AndAForeignEtagWith400() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(initialAssessment(false))
                .when().post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
        given().header("Authorization", WORKER).header("If-Match", "\"abc\"").contentType(ContentType.JSON)
                .body(initialAssessment(false))
                .when().post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void aRetriedStepWithTheSameIdempotencyKeyGetsTheFirstAnswerAndIsRecordedOnce() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        String seen = etag(WORKER, caseId);
        String key = UUID.randomUUID().toString();

        Response first = given().header("Authorization", WORKER).header("If-Match", seen)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(initialAssessment(false))
                .when().post("/api/v1/cases/" + caseId + "/transitions");
        Response retry = given().header("Authorization", WORKER).header("If-Match", seen)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(initialAssessment(false))
                .when().post("/api/v1/cases/" + caseId + "/transitions");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<Integer>path("version")).isEqualTo(first.<Integer>path("version"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/transitions")
                .then().body("findAll { it.kind == 'STATUS' }.size()", equalTo(1));
    }

    @Test
    void aStaleChildUpdateGets412AndOverwritesNothing() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        String childId = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId)
                .then().extract().path("child.id");
        Response child = given().header("Authorization", WORKER).when().get("/api/v1/children/" + childId);
        String seen = child.header("ETag");
        Map<String, Object> phone = editable(child, "Tên sửa trên điện thoại");
        Map<String, Object> laptop = editable(child, "Tên sửa trên máy tính");

        given().header("Authorization", OTHER_WORKER).header("If-Match", seen).contentType(ContentType.JSON)
                .body(laptop).when().put("/api/v1/children/" + childId).then().statusCode(200);
        given().header("Authorization", WORKER).header("If-Match", seen).contentType(ContentType.JSON)
                .body(phone).when().put("/api/v1/children/" + childId)
                .then().statusCode(412).header("ETag", notNullValue());

        given().header("Authorization", WORKER).when().get("/api/v1/children/" + childId)
                .then().body("fullName", equalTo("Tên sửa trên máy tính"));
    }

    @Test
    void deltaSyncReturnsWhatChangedSinceInPagesAndTheNextStartingPoint() {
        OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(open(WORKER, BA_DINH, "Trẻ đồng bộ " + UUID.randomUUID(), List.of("NEGLECT")));
        }

        List<String> synced = new ArrayList<>();
        String cursor = null;
        String syncedUntil = null;
        do {
            var request = given().header("Authorization", WORKER).queryParam("updatedSince", since.toString())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/cases");
            assertThat(page.statusCode()).isEqualTo(200);
            synced.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            syncedUntil = page.path("syncedUntil");
        } while (cursor != null);

        assertThat(synced).containsAll(opened).doesNotHaveDuplicates();
        assertThat(syncedUntil).isNotNull();
        given().header("Authorization", WORKER).queryParam("updatedSince", syncedUntil)
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(opened.toArray())));
        given().header("Authorization", WORKER).queryParam("updatedSince", since.toString()).queryParam("limit", 100)
                .when().get("/api/v1/children").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }

    private static Response send(CountDownLatch start, String auth, String caseId, String etag, Object body) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return given().header("Authorization", auth).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/cases/" + caseId + "/transitions");
    }

    private static Map<String, Object> editable(Response child, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("sex", child.path("sex"));
        body.put("birthDate", child.path("birthDate"));
        body.put("residenceCommuneCode", child.path("residenceCommuneCode"));
        return body;
    }
}
