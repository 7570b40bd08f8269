package vn.treem.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.treem.gateway.support.Backends;
import vn.treem.gateway.support.CaseBackend;
import vn.treem.gateway.support.PlanBackend;

/** /api/v1 is forwarded to the owning service as it came, and the service's answer comes back as it went. */
@QuarkusTest
@WithTestResource(Backends.class)
class ProxyTest {

    static final String BA_DINH = "00004";

    @PlanBackend
    WireMockServer plan;

    @CaseBackend
    WireMockServer cases;

    @BeforeEach
    void resetBackends() {
        plan.resetAll();
        cases.resetAll();
    }

    @Test
    void aRequestReachesTheOwningServiceWithMethodPathQueryBodyAndHeadersUnchanged() {
        plan.stubFor(WireMock.post(urlPathEqualTo("/api/v1/plans")).willReturn(aResponse().withStatus(201)));
        String token = bearer("01", "PLANNER");
        String body = "{\"year\":2026,\"unitCode\":\"01\",\"title\":\"Kế hoạch bảo vệ trẻ em năm 2026\"}";

        given().header("Authorization", token)
                .header("Accept-Language", "en")
                .header("Idempotency-Key", "0b6c3c1e-plan-2026")
                .header("X-Request-Id", "req-42")
                .queryParam("dryRun", "true").queryParam("note", "kế hoạch")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(201);

        plan.verify(1, WireMock.postRequestedFor(urlPathEqualTo("/api/v1/plans"))
                .withQueryParam("dryRun", WireMock.equalTo("true"))
                .withQueryParam("note", WireMock.equalTo("kế hoạch"))
                .withHeader("Authorization", WireMock.equalTo(token))
                .withHeader("Accept-Language", WireMock.equalTo("en"))
                .withHeader("Idempotency-Key", WireMock.equalTo("0b6c3c1e-plan-2026"))
                .withHeader("X-Request-Id", WireMock.equalTo("req-42"))
                .withHeader("Content-Type", WireMock.containing("application/json"))
                .withRequestBody(WireMock.equalToJson(body)));
        cases.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theServiceLearnsTheCallersAddressSchemeAndTheGatewaysHost() {
        plan.stubFor(WireMock.get(urlPathEqualTo("/api/v1/agencies")).willReturn(aResponse().withStatus(200)));

        given().when().get("/api/v1/agencies").then().statusCode(200);

        plan.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/v1/agencies"))
                .withHeader("X-Forwarded-For", WireMock.matching("127\\.0\\.0\\.1|.*:.*"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("http"))
                .withHeader("X-Forwarded-Host", WireMock.equalTo("localhost:" + RestAssured.port)));
    }

    @Test
    void theServicesStatusHeadersAndBodyComeBackUnchanged() {
        String location = "http://localhost:" + RestAssured.port + "/api/v1/cases/3f0c-case";
        cases.stubFor(WireMock.post(urlPathEqualTo("/api/v1/intakes")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", location)
                .withHeader("ETag", "\"1\"")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"caseId\":\"3f0c-case\",\"status\":\"RECEIVED\"}")));

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body("{\"channel\":\"HOTLINE_111\"}")
                .when().post("/api/v1/intakes")
                .then().statusCode(201)
                .header("Location", location)
                .header("ETag", "\"1\"")
                .contentType(ContentType.JSON)
                .body("caseId", equalTo("3f0c-case"))
                .body("status", equalTo("RECEIVED"));
        plan.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theServicesOwnProblemsComeBackUnchanged() {
        String problem = "{\"type\":\"/problems/conflict\",\"title\":\"Xung đột dữ liệu\",\"status\":409}";
        cases.stubFor(WireMock.post(urlPathEqualTo("/api/v1/cases/c-1/closure")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json").withBody(problem)));

        String answer = given().header("Authorization", bearer(BA_DINH, "CASE_APPROVER"))
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/cases/c-1/closure")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .extract().asString();

        assertThat(answer).isEqualTo(problem);
    }

    @Test
    void everyMethodIsPassedThrough() {
        cases.stubFor(WireMock.any(urlPathEqualTo("/api/v1/children/ch-7")).willReturn(aResponse().withStatus(204)));

        given().header("If-Match", "\"3\"").contentType(ContentType.JSON).body("{\"sex\":\"FEMALE\"}")
                .when().put("/api/v1/children/ch-7").then().statusCode(204);
        given().header("If-Match", "\"4\"").contentType("application/merge-patch+json").body("{\"sex\":\"MALE\"}")
                .when().patch("/api/v1/children/ch-7").then().statusCode(204);
        given().when().delete("/api/v1/children/ch-7").then().statusCode(204);

        for (RequestMethod method : List.of(RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)) {
            cases.verify(1, new RequestPatternBuilder(method, urlPathEqualTo("/api/v1/children/ch-7")));
        }
        cases.verify(WireMock.putRequestedFor(urlPathEqualTo("/api/v1/children/ch-7"))
                .withHeader("If-Match", WireMock.equalTo("\"3\""))
                .withRequestBody(WireMock.equalToJson("{\"sex\":\"FEMALE\"}")));
    }

    @Test
    void largeBodiesAreStreamedIntactBothWays() {
        byte[] upload = randomBytes(3 * 1024 * 1024, 1);
        byte[] download = randomBytes(2 * 1024 * 1024, 2);
        plan.stubFor(WireMock.post(urlPathEqualTo("/api/v1/plan-imports")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(download)));

        byte[] received = given().contentType("application/octet-stream").body(upload)
                .when().post("/api/v1/plan-imports")
                .then().statusCode(200)
                .extract().asByteArray();

        assertThat(received).isEqualTo(download);
        plan.verify(WireMock.postRequestedFor(urlPathEqualTo("/api/v1/plan-imports"))
                .withRequestBody(WireMock.binaryEqualTo(upload)));
    }

    @Test
    void aChunkedUploadOfUnknownLengthIsStreamedThrough() {
        byte[] upload = randomBytes(512 * 1024, 3);
        plan.stubFor(WireMock.post(urlPathEqualTo("/api/v1/plan-imports")).willReturn(aResponse().withStatus(202)));

        given().contentType("text/csv").body(new java.io.ByteArrayInputStream(upload))
                .when().post("/api/v1/plan-imports")
                .then().statusCode(202);

        plan.verify(WireMock.postRequestedFor(urlPathEqualTo("/api/v1/plan-imports"))
                .withRequestBody(WireMock.binaryEqualTo(upload)));
    }

    @Test
    void aPrefixOwnsItsSubPathsOnly() {
        plan.stubFor(WireMock.any(anyUrl()).willReturn(aResponse().withStatus(200)));

        given().when().get("/api/v1/plans/p-1/tasks").then().statusCode(200);
        given().when().get("/api/v1/plansx").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));

        plan.verify(1, anyRequestedFor(anyUrl()));
        plan.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/v1/plans/p-1/tasks")));
    }

    @Test
    void anUnknownApiPathIsANotFoundProblemInVietnamese() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Không tìm thấy"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
        plan.verify(0, anyRequestedFor(anyUrl()));
        cases.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServiceWithNothingListeningIsServiceUnavailableNamingTheService() {
        given().header("Authorization", bearer("01", "ANALYST"))
                .when().get("/api/v1/indicators")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("title", equalTo("Dịch vụ tạm thời không sẵn sàng"))
                .body("detail", containsString("reporting-service"))
                .body("instance", equalTo("/api/v1/indicators"));
    }

    @Test
    void serviceUnavailableIsInEnglishWhenAskedFor() {
        given().header("Accept-Language", "en-US,en;q=0.9")
                .contentType(ContentType.JSON).body("{\"period\":\"2026Q3\"}")
                .when().post("/api/v1/indicator-values")
                .then().statusCode(503)
                .header("Content-Language", "en")
                .body("title", equalTo("Service temporarily unavailable"))
                .body("detail", equalTo(
                        "The reporting-service is temporarily unavailable; try again in a few minutes."));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
        plan.stubFor(WireMock.get(urlPathEqualTo("/api/v1/plans/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        given().header("Accept-Language", "en")
                .when().get("/api/v1/plans/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/gateway-timeout"))
                .body("title", equalTo("Service too slow"))
                .body("detail", containsString("plan-service"));
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
