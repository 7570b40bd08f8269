package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.HA_NOI;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.treem.cases.national.NationalSyncWorker;

/** Children, cases and sync items for the national-sync tests, through the API as clients use it. */
final class NationalSyncFixtures {

    static final String WORKER = bearer(BA_DINH, "CASE_WORKER");
    static final String ADMIN = bearer(HA_NOI, "ADMIN");

    private NationalSyncFixtures() {
    }

    static String uniqueName(String given) {
        return "Phạm Thị " + given + " X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A structurally valid personal identification number of a girl born in 2016 in Hà Nội. */
    static String personalId() {
        return "001316" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    static Map<String, Object> child(String name, String personalId, String commune) {
        Map<String, Object> child = new HashMap<>();
        child.put("fullName", name);
        child.put("sex", "FEMALE");
        child.put("birthDate", "2016-05-01");
        child.put("ethnicity", "01");
        child.put("residenceCommuneCode", commune);
        if (personalId != null) {
            child.put("personalIdNumber", personalId);
        }
        child.put("groups", List.of(Map.of("code", "G04", "since", "2024-09-01")));
        return child;
    }

    /** Registers a child living in Ba Đình; returns their id. */
    static String registerChild(String name, String personalId) {
        return registerChildAs(WORKER, child(name, personalId, BA_DINH));
    }

    static String registerChildAs(String auth, Map<String, Object> child) {
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(child)
                .queryParam("confirmNew", true)
                .when().post("/api/v1/children")
                .then().statusCode(201).extract().path("id");
    }

    /** The sync items of a child, newest first, as an administrator of Hà Nội sees them. */
    static List<Map<String, Object>> items(String childId) {
        return given().header("Authorization", ADMIN).queryParam("childId", childId).queryParam("limit", 100)
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The newest item of {@code kind} of a child. */
    static JsonPath item(String childId, String kind) {
        Map<String, Object> found = items(childId).stream().filter(i -> kind.equals(i.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item for child " + childId));
        return given().header("Authorization", ADMIN)
                .when().get("/api/v1/national-sync/items/" + found.get("id"))
                .then().statusCode(200).extract().jsonPath();
    }

    /** Runs the worker until the newest {@code kind} item of the child satisfies {@code condition}. */
    static JsonPath pushUntil(NationalSyncWorker worker, String childId, String kind, Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                worker.runOnce();
                last[0] = item(childId, kind);
                return condition.test(last[0]);
            });
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            throw new AssertionError("the item never got there; last seen: "
                    + (last[0] == null ? "nothing" : last[0].prettify()), timeout);
        }
        return last[0];
    }

    static Predicate<JsonPath> status(String status) {
        return item -> status.equals(item.getString("status"));
    }

    static Predicate<JsonPath> failingWith(String code) {
        return item -> "PENDING".equals(item.getString("status")) && code.equals(item.getString("lastError.code"));
    }

    /** Runs the worker until every item of the child is done. */
    static void pushAll(NationalSyncWorker worker, String childId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            worker.runOnce();
            List<Map<String, Object>> items = items(childId);
            return !items.isEmpty() && items.stream().allMatch(i -> "DONE".equals(i.get("status")));
        });
    }
}
