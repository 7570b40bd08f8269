package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.NationalSyncFixtures.ADMIN;
import static vn.treem.cases.NationalSyncFixtures.WORKER;
import static vn.treem.cases.NationalSyncFixtures.personalId;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;

/** Officers look a personal identification number up nationally before registering a child, and it is logged. */
@QuarkusTest
@TestProfile(NationalSyncProfile.class)
class NationalLookupTest {

    @InjectSimulator
    WireMockServer remote;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void aHealthyNationalSystem() {
        NationalChildDbSimulator.healthy(remote, breakers);
    }

    private void nationalRecord(String pid, String nationalId, String externalId, String commune, String name) {
        String external = externalId == null ? "" : "\"externalId\":\"" + externalId + "\",";
        remote.stubFor(post(urlPathEqualTo("/api/v1/children/search")).atPriority(1)
                .withRequestBody(equalToJson("{\"personalIdNumber\":\"" + pid + "\"}"))
                .willReturn(okJson("{\"items\":[{\"nationalId\":\"" + nationalId + "\"," + external
                        + "\"fullName\":\"" + name + "\",\"sex\":\"2\",\"birthDate\":\"2016-05-01\","
                        + "\"personalIdNumber\":\"" + pid + "\",\"ethnicityCode\":\"01\",\"residenceCommuneCode\":\""
                        + commune + "\",\"specialCircumstances\":[{\"groupCode\":\"G01\",\"lawLetter\":\"a\"}],"
                        + "\"updatedAt\":\"2026-10-01T08:00:00+07:00\"}]}")));
    }

    @Test
    void aWorkerSeesTheNationalRecordOfAChildOfTheirCommuneAndTheLookupIsLogged() {
        String pid = personalId();
        String name = uniqueName("Ánh");
        nationalRecord(pid, "TE-01-0000001", null, BA_DINH, name);

        JsonPath found = given().header("Authorization", WORKER).queryParam("personalIdNumber", pid)
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(200).extract().jsonPath();

        assertThat(found.getBoolean("found")).isTrue();
        assertThat(found.getString("matches[0].nationalId")).isEqualTo("TE-01-0000001");
        assertThat(found.getBoolean("matches[0].inReach")).isTrue();
        assertThat(found.getString("matches[0].fullName")).isEqualTo(name);
        assertThat(found.getString("matches[0].sex")).isEqualTo("FEMALE");
        assertThat(found.getList("matches[0].groups")).containsExactly("G01");
        remote.verify(postRequestedFor(urlEqualTo("/api/v1/children/search"))
                .withRequestBody(matchingJsonPath("$.personalIdNumber", equalTo(pid))));
        assertThat(remote.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(pid));

        List<Map<String, Object>> log = given().header("Authorization", ADMIN)
                .when().get("/api/v1/national-sync/lookups").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(log).isNotEmpty();
        assertThat(log.get(0)).containsEntry("subject", "test-case_worker-" + BA_DINH)
                .containsEntry("outcome", "FOUND").containsEntry("nationalIds", List.of("TE-01-0000001"));
        assertThat(log.toString()).doesNotContain(pid);
    }

    @Test
    void aNationalRecordOfAChildElsewhereComesByIdOnlyWithOurLinkedChild() {
        String pid = personalId();
        String ours = NationalSyncFixtures.registerChildAs(bearer("79", "CASE_WORKER"),
                NationalSyncFixtures.child(uniqueName("Xa"), pid, "25747"));
        nationalRecord(pid, "TE-79-0000002", ours, "25747", "Tên Ở Xa");

        JsonPath found = given().header("Authorization", WORKER).queryParam("personalIdNumber", pid)
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(200).extract().jsonPath();

        assertThat(found.getBoolean("matches[0].inReach")).isFalse();
        assertThat(found.getString("matches[0].nationalId")).isEqualTo("TE-79-0000002");
        assertThat(found.getString("matches[0].linkedChildId")).isEqualTo(ours);
        assertThat(found.getString("matches[0].fullName")).isNull();
        assertThat(found.getString("matches[0].residenceCommuneCode")).isNull();
        assertThat(found.getList("registeredChildIds")).containsExactly(ours);
        assertThat(found.prettify()).doesNotContain("Tên Ở Xa");
    }

    @Test
    void aNumberUnknownNationallyIsNotFound() {
        given().header("Authorization", WORKER).queryParam("personalIdNumber", personalId())
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(200).body("found", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aMalformedNumberIsRefusedWithoutAskingTheNationalSystem() {
        given().header("Authorization", WORKER).header("Accept-Language", "en")
                .queryParam("personalIdNumber", "12345")
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("personalIdNumber"))
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("ID_FORMAT"));
        given().header("Authorization", WORKER).queryParam("personalIdNumber", "999316012345")
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(400).body("errors[0].code", org.hamcrest.Matchers.equalTo("ID_PROVINCE"));
        given().header("Authorization", WORKER)
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(400).body("errors[0].code", org.hamcrest.Matchers.equalTo("REQUIRED"));
        remote.verify(0, postRequestedFor(urlEqualTo("/api/v1/children/search")));
    }

    @Test
    void aNationalSystemThatIsDownIsA503InTheCallersLanguage() {
        remote.stubFor(post(urlPathEqualTo("/api/v1/children/search")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        given().header("Authorization", WORKER).header("Accept-Language", "en")
                .queryParam("personalIdNumber", personalId())
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(503).body("type", org.hamcrest.Matchers.equalTo("/problems/service-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("national child database"));
        given().header("Authorization", WORKER)
                .queryParam("personalIdNumber", personalId())
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(503)
                .body("detail", org.hamcrest.Matchers.containsString("cơ sở dữ liệu trẻ em quốc gia"));
        given().header("Authorization", ADMIN).when().get("/api/v1/national-sync/lookups")
                .then().statusCode(200).body("[0].outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"));
    }

    @Test
    void aNationalSystemThatIsTooSlowIsA504() {
        remote.stubFor(post(urlPathEqualTo("/api/v1/children/search")).atPriority(1)
                .willReturn(okJson("{\"items\":[]}").withFixedDelay(1_500)));

        given().header("Authorization", WORKER).queryParam("personalIdNumber", personalId())
                .when().get("/api/v1/children/national-lookup")
                .then().statusCode(504).body("type", org.hamcrest.Matchers.equalTo("/problems/gateway-timeout"));
    }

    @Test
    void onlyCaseRolesLookUp() {
        for (String role : new String[]{"ANALYST", "ADMIN", "HOTLINE"}) {
            given().header("Authorization", bearer(BA_DINH, role)).queryParam("personalIdNumber", personalId())
                    .when().get("/api/v1/children/national-lookup")
                    .then().statusCode(403);
        }
        remote.verify(0, postRequestedFor(urlEqualTo("/api/v1/children/search")));
    }
}
