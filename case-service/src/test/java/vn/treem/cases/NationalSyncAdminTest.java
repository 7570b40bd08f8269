package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.NationalSyncFixtures.ADMIN;
import static vn.treem.cases.NationalSyncFixtures.pushUntil;
import static vn.treem.cases.NationalSyncFixtures.registerChild;
import static vn.treem.cases.NationalSyncFixtures.status;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;
import static vn.treem.platform.testing.TestTokens.bearer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;
import vn.treem.cases.national.NationalSyncWorker;

/** Administrators see and re-queue the changes of their own unit only; nobody else sees the queue. */
@QuarkusTest
@TestProfile(NationalSyncProfile.class)
class NationalSyncAdminTest {

    /** Thành phố Hồ Chí Minh. */
    private static final String HCM_ADMIN = bearer("79", "ADMIN");

    @InjectSimulator
    WireMockServer remote;

    @Inject
    NationalSyncWorker worker;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void aHealthyNationalSystem() {
        NationalChildDbSimulator.healthy(remote, breakers);
    }

    @Test
    void onlyAdministratorsSeeTheQueue() {
        for (String role : new String[]{"CASE_WORKER", "CASE_APPROVER", "ANALYST"}) {
            given().header("Authorization", bearer(BA_DINH, role))
                    .when().get("/api/v1/national-sync/items")
                    .then().statusCode(403);
        }
        given().when().get("/api/v1/national-sync/items").then().statusCode(401);
    }

    @Test
    void anAdministratorSeesOnlyTheItemsOfTheirUnit() {
        String id = registerChild(uniqueName("Hạnh"), null);
        long itemId = given().header("Authorization", ADMIN).queryParam("childId", id)
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(200).body("items[0].communeCode", equalTo(BA_DINH))
                .extract().jsonPath().getLong("items[0].id");

        given().header("Authorization", HCM_ADMIN).queryParam("childId", id)
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", HCM_ADMIN).when().get("/api/v1/national-sync/items/" + itemId)
                .then().statusCode(404);
        given().header("Authorization", HCM_ADMIN).when().post("/api/v1/national-sync/items/" + itemId + "/requeue")
                .then().statusCode(404);
        given().header("Authorization", HCM_ADMIN).queryParam("unit", BA_DINH)
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearer("VN", "ADMIN")).when().get("/api/v1/national-sync/items/" + itemId)
                .then().statusCode(200).body("childId", equalTo(id));
    }

    @Test
    void aDoneChangeCannotBeRequeuedButAPendingOneIsMadeDueNow() {
        String id = registerChild(uniqueName("Ngân"), null);
        String itemId = NationalSyncFixtures.item(id, "CHILD").getString("id");
        given().header("Authorization", ADMIN).header("Idempotency-Key", "rq-" + itemId)
                .when().post("/api/v1/national-sync/items/" + itemId + "/requeue")
                .then().statusCode(200).body("status", equalTo("PENDING"))
                .body("requeuedBy", equalTo("test-admin-01"));
        given().header("Authorization", ADMIN).header("Idempotency-Key", "rq-" + itemId)
                .when().post("/api/v1/national-sync/items/" + itemId + "/requeue")
                .then().statusCode(200).header("Idempotent-Replayed", "true");

        pushUntil(worker, id, "CHILD", status("DONE"));

        given().header("Authorization", ADMIN).header("Accept-Language", "en")
                .when().post("/api/v1/national-sync/items/" + itemId + "/requeue")
                .then().statusCode(409).body("type", equalTo("/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("already reached"));
    }

    @Test
    void filtersAreChecked() {
        given().header("Authorization", ADMIN).queryParam("status", "LOST").queryParam("limit", 0)
                .queryParam("unit", "99999")
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "limit", "unit"));
        given().header("Authorization", ADMIN).queryParam("cursor", "garbage!")
                .when().get("/api/v1/national-sync/items")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void pagesOfItemsComeNewestFirst() {
        for (int i = 0; i < 3; i++) {
            registerChild(uniqueName("Trang" + i), null);
        }
        var first = given().header("Authorization", ADMIN).queryParam("limit", 2)
                .when().get("/api/v1/national-sync/items").then().statusCode(200).extract().jsonPath();
        var second = given().header("Authorization", ADMIN).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/v1/national-sync/items").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.id", Long.class)).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(second.getLong("items[0].id")).isLessThan(first.getLong("items[1].id"));
    }

    @Test
    void theSummaryTellsWhetherTheNationalSystemIsConfigured() {
        registerChild(uniqueName("Tâm"), null);
        given().header("Authorization", ADMIN)
                .when().get("/api/v1/national-sync/summary")
                .then().statusCode(200).body("unit", equalTo("01")).body("enabled", equalTo(true))
                .body("pending", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("oldestPendingSince", not(equalTo(null)));
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/national-sync/summary").then().statusCode(403);
        given().header("Authorization", ADMIN).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/national-sync/items/{id}/requeue"));
    }
}
