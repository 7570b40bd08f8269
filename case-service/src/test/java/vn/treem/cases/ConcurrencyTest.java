package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Many clients at once (issue #8, part 5): phones updating the same case with the same ETag lose no update — exactly
 * one wins, the others are told 412 — and retries of one intake with the same Idempotency-Key open one case.
 */
@QuarkusTest
class ConcurrencyTest {

    static final int CLIENTS = 12;
    static final String COMMUNE = "00004";

    @Test
    void clientsUpdatingTheSameCaseWithTheSameETagLoseNoUpdate() throws Exception {
        String worker = bearerFor("concurrent-worker", COMMUNE, "CASE_WORKER");
        String caseId = CaseFixtures.open(worker, COMMUNE, "Trẻ đồng thời " + UUID.randomUUID(), List.of("NEGLECT"));
        String etag = CaseFixtures.etag(worker, caseId);

        List<Integer> statuses = all(() -> given().header("Authorization", worker).header("If-Match", etag)
                .contentType(ContentType.JSON).body(CaseFixtures.initialAssessment(false))
                .when().post("/api/v1/cases/" + caseId + "/transitions").statusCode());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).containsOnly(412);
        List<String> steps = given().header("Authorization", worker).when()
                .get("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200).extract().path("toStatus");
        assertThat(steps).filteredOn("INITIAL_ASSESSMENT"::equals).hasSize(1);
    }

    @Test
    void retriesOfOneIntakeWithTheSameIdempotencyKeyOpenOneCase() throws Exception {
        String worker = bearerFor("concurrent-retrier", COMMUNE, "CASE_WORKER");
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = IntakeRequests.valid(COMMUNE, "Trẻ gửi lại " + UUID.randomUUID());

        List<Response> answers = all(() -> given().header("Authorization", worker).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/intakes"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        List<String> cases = answers.stream().map(r -> r.jsonPath().getString("caseId")).distinct().toList();
        List<String> children = answers.stream().map(r -> r.jsonPath().getString("childId")).distinct().toList();
        assertThat(cases).hasSize(1).doesNotContainNull();
        assertThat(children).hasSize(1).doesNotContainNull();
    }

    /** Runs {@code call} from {@link #CLIENTS} threads released at the same moment; their results. */
    private static <T> List<T> all(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
