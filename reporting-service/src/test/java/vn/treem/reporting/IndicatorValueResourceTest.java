package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.INTAKES_RECEIVED;
import static vn.treem.reporting.Reporting.NGOC_HA;
import static vn.treem.reporting.Reporting.THAI_BINH;
import static vn.treem.reporting.Reporting.VIET_NAM;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Asking for indicator values: the answer's shape, validation, roles and jurisdiction. */
@QuarkusTest
class IndicatorValueResourceTest {

    private static final String VALUES = "/api/v1/indicator-values";

    @Test
    void aValueNamesWhatWasAskedFor() {
        ask(bearer(HA_NOI, "ANALYST"), INTAKES_RECEIVED, HA_NOI, "2026")
                .when().get(VALUES)
                .then().statusCode(200)
                .contentType("application/json")
                .body("indicator", equalTo(INTAKES_RECEIVED))
                .body("unit", equalTo(HA_NOI))
                .body("period", equalTo("2026"))
                .body("value", greaterThanOrEqualTo(0));
    }

    @Test
    void aPeriodWithNothingCountedIsZero() {
        ask(bearer(VIET_NAM, "PLANNER"), "PLANS_ISSUED", "79", "2031Q4")
                .when().get(VALUES)
                .then().statusCode(200)
                .body("value", equalTo(0));
    }

    @Test
    void everyRoleButTheHotlineMayAsk() {
        for (String role : new String[]{"ANALYST", "PLANNER", "REPORTER", "REPORT_APPROVER", "CASE_WORKER",
                "CASE_APPROVER", "ADMIN"}) {
            ask(bearer(BA_DINH, role), INTAKES_RECEIVED, BA_DINH, "2026-11")
                    .when().get(VALUES)
                    .then().statusCode(200);
        }
    }

    @Test
    void anUnknownIndicatorIsRejectedWithTheAllowedCodes() {
        ask(bearer(VIET_NAM, "ANALYST"), "CHILDREN_COUNTED", HA_NOI, "2026").header("Accept-Language", "en")
                .when().get(VALUES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"))
                .body("errors[0].message", containsString("INTAKES_RECEIVED"))
                .body("allowed", hasItems("INTAKES_RECEIVED", "PLANS_ISSUED", "ABUSED_CHILDREN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "2026Q5", "2026H3", "2026-13", "2026-5", "2026/05", "Q1-2026"})
    void aMalformedPeriodIsRejectedWithTheAcceptedForms(String period) {
        ask(bearer(VIET_NAM, "ANALYST"), INTAKES_RECEIVED, HA_NOI, period).header("Accept-Language", "en")
                .when().get(VALUES)
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("errors[0].message", containsString("2026H1"));
    }

    @Test
    void aUnitUnknownInTheHierarchyOfThePeriodIsRejected() {
        ask(bearer(VIET_NAM, "ANALYST"), INTAKES_RECEIVED, "99", "2026").header("Accept-Language", "en")
                .when().get(VALUES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("errors[0].message", containsString("99"));
    }

    @Test
    void thaiBinhExistsIn2022ButNotIn2026() {
        ask(bearer(VIET_NAM, "ANALYST"), "PLANS_ISSUED", THAI_BINH, "2022")
                .when().get(VALUES)
                .then().statusCode(200);
        ask(bearer(VIET_NAM, "ANALYST"), "PLANS_ISSUED", THAI_BINH, "2026")
                .when().get(VALUES)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("errors[0].message", containsString("Không có đơn vị hành chính mã 34"));
    }

    @Test
    void missingParametersAreAllListed() {
        given().header("Authorization", bearer(VIET_NAM, "ANALYST"))
                .when().get(VALUES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", containsInAnyOrder("indicator", "unit", "period"))
                .body("errors.code", contains("REQUIRED", "REQUIRED", "REQUIRED"))
                .body("errors.find { it.field == 'unit' }.message", equalTo("Trường này là bắt buộc"));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().queryParam("indicator", INTAKES_RECEIVED).queryParam("unit", HA_NOI).queryParam("period", "2026")
                .when().get(VALUES)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"));
        given().when().get("/api/v1/indicators")
                .then().statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void theHotlineSeesNoStatistics() {
        ask(bearer(VIET_NAM, "HOTLINE"), INTAKES_RECEIVED, HA_NOI, "2026")
                .when().get(VALUES)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        given().header("Authorization", bearer(VIET_NAM, "HOTLINE"))
                .when().get("/api/v1/indicators")
                .then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void aCommuneWorkerCannotSeeAnotherCommune() {
        ask(bearer(NGOC_HA, "CASE_WORKER"), INTAKES_RECEIVED, BA_DINH, "2026")
                .when().get(VALUES)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/outside-jurisdiction"))
                .body("detail", containsString(BA_DINH));
        ask(bearer(NGOC_HA, "CASE_WORKER"), INTAKES_RECEIVED, HA_NOI, "2026")
                .when().get(VALUES)
                .then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        ask(bearer(NGOC_HA, "CASE_WORKER"), INTAKES_RECEIVED, NGOC_HA, "2026")
                .when().get(VALUES)
                .then().statusCode(200);
    }

    @Test
    void aProvinceAnalystSeesTheirCommunesButNotAnotherProvince() {
        ask(bearer(HA_NOI, "ANALYST"), INTAKES_RECEIVED, BA_DINH, "2026Q4")
                .when().get(VALUES)
                .then().statusCode(200);
        ask(bearer(HA_NOI, "ANALYST"), INTAKES_RECEIVED, "79", "2026Q4")
                .when().get(VALUES)
                .then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        ask(bearer(HA_NOI, "ANALYST"), INTAKES_RECEIVED, VIET_NAM, "2026Q4")
                .when().get(VALUES)
                .then().statusCode(403);
    }

    @Test
    void invalidParametersAreReportedBeforeJurisdictionIsChecked() {
        ask(bearer(NGOC_HA, "CASE_WORKER"), "NOPE", BA_DINH, "2026")
                .when().get(VALUES)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"));
    }

    @Test
    void theCatalogListsTheComputedIndicatorsInBothLanguages() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.code", hasItems("INTAKES_RECEIVED", "PLANS_ISSUED", "ABUSED_CHILDREN"))
                .body("items.find { it.code == 'INTAKES_RECEIVED' }.nameEn",
                        equalTo("Reports of concern about children received"))
                .body("items.find { it.code == 'PLANS_ISSUED' }.nameVi",
                        equalTo("Số kế hoạch về công tác trẻ em được ban hành"))
                .body("items.find { it.code == 'PLANS_ISSUED' }.unit", equalTo("count"))
                .body("items.find { it.code == 'PLANS_ISSUED' }.source", equalTo("COMPUTED"))
                .body("items.find { it.code == 'PLANS_ISSUED' }.periodTypes",
                        contains("YEAR", "HALF_YEAR", "QUARTER", "MONTH"));
    }

    @Test
    void theApiDocumentDescribesBothOperationsAndTheirProblems() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/indicator-values'.get.operationId", equalTo("getIndicatorValue"))
                .body("paths.'/api/v1/indicator-values'.get.responses.'400'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/indicators'.get.operationId", equalTo("listIndicators"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    private static RequestSpecification ask(String authorization, String indicator, String unit, String period) {
        return given().header("Authorization", authorization)
                .queryParam("indicator", indicator).queryParam("unit", unit).queryParam("period", period);
    }
}
