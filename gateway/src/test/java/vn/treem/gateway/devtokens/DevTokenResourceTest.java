package vn.treem.gateway.devtokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.security.PublicKey;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.util.KeyUtils;
import vn.treem.gateway.support.Backends;

@QuarkusTest
@WithTestResource(Backends.class)
class DevTokenResourceTest {

    @Test
    void issuesATokenSignedWithTheDevelopmentKeyCarryingSubjectRolesAndUnit() throws Exception {
        var answer = given().contentType(ContentType.JSON)
                .body("{\"sub\":\"can-bo-ba-dinh\",\"groups\":[\"CASE_WORKER\",\"CASE_APPROVER\"],\"unit\":\"00004\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("access_token", not(emptyOrNullString()))
                .extract();

        JwtClaims claims = verified(answer.path("access_token"));

        assertThat(claims.getIssuer()).isEqualTo("urn:treem:dev");
        assertThat(claims.getSubject()).isEqualTo("can-bo-ba-dinh");
        assertThat(claims.getStringListClaimValue("groups")).containsExactlyInAnyOrder("CASE_WORKER",
                "CASE_APPROVER");
        assertThat(claims.getStringClaimValue("unit")).isEqualTo("00004");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
    }

    @Test
    void aNationalTokenCarriesUnitVN() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body("{\"sub\":\"quan-tri\",\"groups\":[\"ADMIN\"],\"unit\":\"VN\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200).extract().path("access_token");

        assertThat(verified(token).getStringClaimValue("unit")).isEqualTo("VN");
    }

    @Test
    void aTokenIsNotAcceptedWithAnotherKey() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body("{\"sub\":\"a\",\"groups\":[\"ANALYST\"],\"unit\":\"01\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200).extract().path("access_token");
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey otherKey = generator.generateKeyPair().getPublic();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JwtConsumerBuilder()
                .setVerificationKey(otherKey).setExpectedIssuer("urn:treem:dev").build().processToClaims(token))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void unknownRolesAndMalformedUnitsAreValidationProblemsWithFieldErrors() {
        given().contentType(ContentType.JSON)
                .body("{\"sub\":\"x\",\"groups\":[\"CASE_WORKER\",\"SUPERUSER\"],\"unit\":\"4\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("type", equalTo("/problems/validation-failed"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", equalTo(List.of("groups[1]", "unit")))
                .body("errors.code", equalTo(List.of("UNKNOWN_VALUE", "INVALID_FORMAT")));
    }

    @Test
    void missingFieldsAreReportedInEnglishWhenAskedFor() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"groups\":[]}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid data"))
                .body("errors.field", hasItems("sub", "groups", "unit"))
                .body("errors.find { it.field == 'sub' }.message", equalTo("This field is required"))
                .body("errors.find { it.field == 'groups' }.code", equalTo("EMPTY"));
    }

    @Test
    void aSubjectLongerThanOneHundredCharactersIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"sub\":\"" + "a".repeat(101) + "\",\"groups\":[\"HOTLINE\"],\"unit\":\"79\"}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sub"))
                .body("errors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void malformedJsonIsAMalformedRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"sub\": ")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
    }

    private static JwtClaims verified(String token) throws Exception {
        PublicKey key = KeyUtils.readPublicKey("testing/test-verify-key.pem");
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer("urn:treem:dev")
                .setExpectedAudience("treem-api")
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .build()
                .processToClaims(token);
    }
}
