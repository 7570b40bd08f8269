package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.testing.TokenAttacks;

/**
 * Token attacks (issue #8, part 2) on reporting-service: no token and every forged or unusable token of
 * {@link TokenAttacks} answer 401 with a problem document, and list no report.
 */
@QuarkusTest
class TokenAttackTest {

    @Test
    void noForgedOrUnusableTokenReadsAReport() {
        given().header("Accept-Language", "en").when().get("/api/v1/reports").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401)).body("items", nullValue());
        for (Map.Entry<String, String> attack : TokenAttacks.all("REPORT_APPROVER", Reporting.HA_NOI).entrySet()) {
            given().header("Accept-Language", "en").header("Authorization", "Bearer " + attack.getValue())
                    .when().get("/api/v1/reports").then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401)).body("items", nullValue());
        }
    }
}
