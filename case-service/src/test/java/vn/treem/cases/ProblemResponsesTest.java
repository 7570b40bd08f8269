package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every failure is an RFC 9457 problem document in the caller's language. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void noTokenIsUnauthorizedWithABearerChallenge() {
        given().contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "An"))
                .when().post("/api/v1/intakes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"))
                .body("title", equalTo("Chưa xác thực"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        String forged = io.smallrye.jwt.build.Jwt.issuer("urn:treem:dev").audience("treem-api").subject("mallory")
                .groups("ADMIN")
                .claim("unit", "VN").jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .signWithSecret("a-secret-that-is-long-enough-for-hs256-signing");
        given().header("Authorization", "Bearer " + forged).header("Accept-Language", "en")
                .when().get("/api/v1/case-labels")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Not authenticated"));
    }

    @Test
    void malformedJsonIsABadRequestInEnglishWhenAskedFor() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).header("Accept-Language", "en-US,en;q=0.9")
                .contentType(ContentType.JSON).body("{\"channel\": \"PHONE\", ")
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("/problems/malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/intakes"));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON)
                .when().post("/api/v1/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void aWrongMediaTypeIsUnsupported() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.XML).body("<intake/>")
                .when().post("/api/v1/intakes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().delete("/api/v1/intakes")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void labelsComeInBothLanguages() {
        given().header("Authorization", bearer(BA_DINH, "ANALYST"))
                .when().get("/api/v1/case-labels")
                .then().statusCode(200)
                .body("channels.find { it.code == 'HOTLINE_111' }.vi", equalTo("Tổng đài 111"))
                .body("concernCategories.find { it.code == 'SEXUAL_ABUSE' }.en", equalTo("Sexual abuse"));
    }
}
