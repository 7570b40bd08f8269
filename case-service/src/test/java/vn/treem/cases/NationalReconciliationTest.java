package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.cases.NationalSyncFixtures.ADMIN;
import static vn.treem.cases.NationalSyncFixtures.personalId;
import static vn.treem.cases.NationalSyncFixtures.uniqueName;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.treem.cases.NationalChildDbSimulator.InjectSimulator;

/** A commune's registry against the national one: differences by id and field name, never values. */
@QuarkusTest
@TestProfile(NationalSyncProfile.class)
class NationalReconciliationTest {

    /** Phường Giảng Võ and Phường Hoàn Kiếm, Hà Nội: no other test registers children there. */
    private static final String GIANG_VO = "00025";
    private static final String HOAN_KIEM = "00070";

    @InjectSimulator
    WireMockServer remote;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void aHealthyNationalSystem() {
        NationalChildDbSimulator.healthy(remote, breakers);
    }

    private static String record(String nationalId, String externalId, String name, String birthDate, String pid,
            String group) {
        return "{\"nationalId\":\"" + nationalId + "\"," + (externalId == null
                ? ""
                : "\"externalId\":\"" + externalId
                        + "\",")
                + "\"fullName\":\"" + name + "\",\"sex\":\"2\",\"birthDate\":\"" + birthDate
                + "\",\"personalIdNumber\":\"" + pid + "\",\"ethnicityCode\":\"01\",\"residenceCommuneCode\":\""
                + GIANG_VO + "\",\"specialCircumstances\":[{\"groupCode\":\"" + group + "\"}]}";
    }

    @Test
    void differencesAreReportedByIdAndFieldNameOnly() {
        String worker = bearer(GIANG_VO, "CASE_WORKER");
        String nameA = uniqueName("An");
        String nameB = uniqueName("Bình");
        String nameC = uniqueName("Chi");
        String pidA = personalId();
        String pidB = personalId();
        String pidC = personalId();
        String a = NationalSyncFixtures.registerChildAs(worker, NationalSyncFixtures.child(nameA, pidA, GIANG_VO));
        String b = NationalSyncFixtures.registerChildAs(worker, NationalSyncFixtures.child(nameB, pidB, GIANG_VO));
        String c = NationalSyncFixtures.registerChildAs(worker, NationalSyncFixtures.child(nameC, pidC, GIANG_VO));
        remote.stubFor(get(urlPathEqualTo("/api/v1/children")).atPriority(1)
                .withQueryParam("communeCode", equalTo(GIANG_VO)).withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"items\":[" + record("TE-A", a, nameA, "2016-05-01", pidA, "G04") + ","
                        + record("TE-B", b, nameB, "2016-06-01", pidB, "G01") + "],\"nextPageToken\":\"p2\"}")));
        remote.stubFor(get(urlPathEqualTo("/api/v1/children")).atPriority(1)
                .withQueryParam("communeCode", equalTo(GIANG_VO)).withQueryParam("pageToken", equalTo("p2"))
                .willReturn(okJson("{\"items\":[" + record("TE-D", null, "Chi Khác", "2016-05-01", pidC, "G04")
                        + "]}")));

        JsonPath job = reconcile(GIANG_VO, "COMPLETED");

        assertThat(job.getInt("localCount")).isEqualTo(3);
        assertThat(job.getInt("remoteCount")).isEqualTo(3);
        assertThat(job.getInt("matched")).isEqualTo(1);
        assertThat(job.getInt("onlyHere")).isEqualTo(1);
        assertThat(job.getInt("onlyThere")).isEqualTo(1);
        assertThat(job.getInt("mismatched")).isEqualTo(1);
        assertThat(job.getBoolean("truncated")).isFalse();
        List<Map<String, Object>> differences = job.getList("differences");
        assertThat(differences).containsExactlyInAnyOrder(
                Map.of("kind", "MISMATCH", "childId", b, "nationalId", "TE-B", "fields",
                        List.of("birthDate", "specialCircumstances")),
                Map.of("kind", "ONLY_THERE", "nationalId", "TE-D", "candidateChildId", c),
                Map.of("kind", "ONLY_HERE", "childId", c));
        assertThat(job.prettify()).doesNotContain(nameA, nameB, nameC, pidA, pidB, pidC, "2016-06-01");
        remote.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/children"))
                .withQueryParam("communeCode", equalTo(GIANG_VO)).withQueryParam("pageSize", equalTo("2")));
    }

    @Test
    void aNationalSystemThatFailsFailsTheJobWithACode() {
        remote.stubFor(get(urlPathEqualTo("/api/v1/children")).atPriority(1)
                .willReturn(aResponse().withStatus(502)));

        JsonPath job = reconcile(HOAN_KIEM, "FAILED");

        assertThat(job.getString("failureCode")).isEqualTo("REMOTE_5XX");
        assertThat(job.getString("finishedAt")).isNotNull();
    }

    @Test
    void onlyAdministratorsOfTheCommuneReconcileIt() {
        Map<String, String> body = Map.of("communeCode", GIANG_VO);
        given().header("Authorization", bearer("79", "ADMIN")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(403).body("type", org.hamcrest.Matchers.equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearer(GIANG_VO, "CASE_WORKER")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(403);
        for (String commune : new String[]{"99999", "01", "abc"}) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("communeCode", commune))
                    .when().post("/api/v1/national-sync/reconciliations")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("communeCode"));
        }
        String jobUrl = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(202).extract().header("Location");
        given().header("Authorization", bearer("79", "ADMIN")).when().get(jobUrl).then().statusCode(404);
    }

    private static JsonPath reconcile(String commune, String expected) {
        String location = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("communeCode", commune))
                .when().post("/api/v1/national-sync/reconciliations")
                .then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("RUNNING"))
                .extract().header("Location");
        JsonPath[] job = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            job[0] = given().header("Authorization", ADMIN).when().get(location).then().statusCode(200).extract()
                    .jsonPath();
            return !"RUNNING".equals(job[0].getString("status"));
        });
        assertThat(job[0].getString("status")).isEqualTo(expected);
        return job[0];
    }
}
