package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** POST /plan-imports turns a real plan document into a draft of the caller's unit, with warnings. */
@QuarkusTest
class PlanImportTest {

    /** Huyện Mường Tè (107), Lai Châu, before the 2025 reform. */
    static final String MUONG_TE_PLANNER = bearerFor("planner-muong-te", PlanRequests.MUONG_TE, "PLANNER");
    static final String LAI_CHAU_PLANNER = bearerFor("planner-lai-chau", PlanRequests.LAI_CHAU, "PLANNER");
    static final String HA_NOI_PLANNER = bearerFor("planner-ha-noi-import", PlanRequests.HA_NOI, "PLANNER");

    @Test
    void theMuongTeDocumentBecomesADraftWithAllItsTargetsAndWarnsAboutTheBlankNumberAndDate() throws IOException {
        Response imported = given().header("Authorization", LAI_CHAU_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("issuingUnitCode", PlanRequests.LAI_CHAU, "text", document("001_8083cb804103f92a.txt")))
                .when().post("/api/v1/plan-imports");

        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
        assertThat(imported.header("Location")).contains("/api/v1/plans/");
        assertThat(imported.<String>path("plan.status")).isEqualTo("DRAFT");
        assertThat(imported.<String>path("plan.type")).isEqualTo("IMPLEMENTATION");
        assertThat(imported.<Integer>path("extracted.targets")).isEqualTo(23);
        assertThat(imported.<Integer>path("extracted.assignments")).isEqualTo(12);
        assertThat(imported.<List<String>>path("warnings.code")).contains("NUMBER_MISSING", "DATE_MISSING",
                "ISSUE_DATE_PROVISIONAL");
        String id = imported.path("plan.id");
        given().header("Authorization", LAI_CHAU_PLANNER).when().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("content.reporting.find { it.dueDates.contains('11-25') }.period", equalTo("ANNUAL"))
                .body("content.objectives.indicators.flatten().targets.flatten().size()", equalTo(23));
    }

    @Test
    void aPlannerImportsOnlyForTheirOwnUnit() throws IOException {
        given().header("Authorization", HA_NOI_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("issuingUnitCode", PlanRequests.LAI_CHAU, "text", document("002_da3eec05a32708a3.txt")))
                .when().post("/api/v1/plan-imports").then().statusCode(403);
    }

    @Test
    void anEmptyDocumentIsRefusedAndTextWithoutAPlanGivesAnEmptyDraftWithWarnings() {
        given().header("Authorization", HA_NOI_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("issuingUnitCode", PlanRequests.HA_NOI, "text", " "))
                .when().post("/api/v1/plan-imports").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().header("Authorization", HA_NOI_PLANNER).contentType(ContentType.JSON)
                .body(Map.of("issuingUnitCode", PlanRequests.HA_NOI, "text",
                        "Biên bản họp tổ dân phố, không có gì khác."))
                .when().post("/api/v1/plan-imports").then().statusCode(201)
                .body("extracted.targets", equalTo(0))
                .body("warnings.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    private static String document(String name) throws IOException {
        try (InputStream in = PlanImportTest.class.getResourceAsStream("/plan-documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
