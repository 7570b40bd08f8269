package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CaseResourceTest {

    @Inject
    EntityManager em;

    @Test
    void aCaseOutsideTheCallersJurisdictionLooksLikeAnUnknownCase() {
        String caseId = open(BA_DINH);

        given().header("Authorization", bearer(NGOC_HA, "CASE_WORKER"))
                .when().get("/api/v1/cases/" + caseId)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().header("Authorization", bearer(NGOC_HA, "CASE_WORKER"))
                .when().get("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void everyReadOfACaseIsInTheAccessLogOnce() {
        String caseId = open(BA_DINH);

        given().header("Authorization", bearer("01", "CASE_APPROVER"))
                .when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/cases/" + caseId).then().statusCode(200);

        long reads = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from access_log where record_id = ?1 and action = 'READ'")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult()).longValue());
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void anAnalystSeesNoCase() {
        String caseId = open(BA_DINH);

        given().header("Authorization", bearer("VN", "ANALYST"))
                .when().get("/api/v1/cases/" + caseId)
                .then().statusCode(403);
    }

    private String open(String commune) {
        return given().header("Authorization", bearer(commune, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(commune, "Lý Thị Kim"))
                .when().post("/api/v1/intakes")
                .then().statusCode(201).extract().path("caseId");
    }
}
