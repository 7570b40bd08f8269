package vn.treem.gateway.devtokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.treem.gateway.support.Backends;

/** As in production, where treem.dev-tokens.enabled is false. */
@QuarkusTest
@TestProfile(DevTokensDisabledTest.Disabled.class)
@WithTestResource(Backends.class)
class DevTokensDisabledTest {

    public static class Disabled implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treem.dev-tokens.enabled", "false");
        }
    }

    @Test
    void theIssuerAnswersNotFound() {
        given().contentType(ContentType.JSON)
                .body("{\"sub\":\"mallory\",\"groups\":[\"ADMIN\"],\"unit\":\"VN\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void evenAMalformedRequestDoesNotRevealTheIssuer() {
        given().contentType(ContentType.JSON).body("{\"sub\": ")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void theMergedDocumentDoesNotOfferTheIssuer() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", not(hasKey("/api/v1/dev/tokens")))
                .body("paths", hasKey("/problems/{slug}"));
    }
}
