package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.NationalSyncFixtures.ADMIN;
import static vn.treem.cases.NationalSyncFixtures.registerChild;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Without a configured national system (the default, {@code treem.national.adapter=disabled}) changes still queue up,
 * to leave once one is configured, and lookups and reconciliations answer 503.
 */
@QuarkusTest
class NationalSyncDisabledTest {

    @Test
    void changesQueueUpAndLookupsAnswer503() {
        registerChild(uniqueName("Hương"), null);

        given().header("Authorization", ADMIN).queryParam("unit", BA_DINH)
                .when().get("/api/v1/national-sync/summary")
                .then().statusCode(200).body("enabled", equalTo(false))
                .body("pending", greaterThanOrEqualTo(1));
        given().header("Authorization", NationalSyncFixtures.WORKER).header("Accept-Language", "en")
                .queryParam("personalIdNumber", NationalSyncFixtures.personalId())
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(503).body("detail", containsString("No national child database is configured"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("communeCode", BA_DINH))
                .when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(503);
    }
}
