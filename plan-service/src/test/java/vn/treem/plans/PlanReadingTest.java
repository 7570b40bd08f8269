package vn.treem.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.plans.PlanRequests.BA_DINH;
import static vn.treem.plans.PlanRequests.HA_NOI;
import static vn.treem.plans.PlanRequests.HO_CHI_MINH_CITY;
import static vn.treem.plans.PlanRequests.THAI_BINH;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** GET /api/v1/plans/{id} and GET /api/v1/plans: who sees which plan, and cursor pages. */
@QuarkusTest
class PlanReadingTest {

    /** Phường Ngọc Hà, Hà Nội: a sibling of Ba Đình. */
    static final String NGOC_HA = "00008";
    /** Lạng Sơn and Quảng Ninh: provinces in both hierarchies that only the paging tests use. */
    static final String LANG_SON = "20";
    static final String QUANG_NINH = "22";

    @Test
    void aCommuneReadsThePlanOfItsProvinceButNotThatOfAnotherProvince() {
        String haNoi = create(HA_NOI, "2026-04-01");
        String hoChiMinhCity = create(HO_CHI_MINH_CITY, "2026-04-01");

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/plans/" + haNoi)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("issuingUnitCode", equalTo(HA_NOI));
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .when().get("/api/v1/plans/" + hoChiMinhCity)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aProvinceReadsThePlansOfItsCommunesButACommuneNotThoseOfItsNeighbour() {
        String baDinh = create(BA_DINH, "2026-04-02");

        given().header("Authorization", bearer(HA_NOI, "REPORTER"))
                .when().get("/api/v1/plans/" + baDinh).then().statusCode(200);
        given().header("Authorization", bearer(BA_DINH, "PLANNER"))
                .when().get("/api/v1/plans/" + baDinh).then().statusCode(200);
        given().header("Authorization", bearer(NGOC_HA, "PLANNER"))
                .when().get("/api/v1/plans/" + baDinh).then().statusCode(404);
    }

    @Test
    void nationalUsersSeeEveryPlanEvenOfUnitsAbolishedSince() {
        String thaiBinh = create(THAI_BINH, "2022-05-01");

        given().header("Authorization", bearer("VN", "ANALYST"))
                .when().get("/api/v1/plans/" + thaiBinh).then().statusCode(200)
                .body("issuingUnitCode", equalTo(THAI_BINH));
        given().header("Authorization", bearer(HO_CHI_MINH_CITY, "PLANNER"))
                .when().get("/api/v1/plans/" + thaiBinh).then().statusCode(404);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        given().header("Authorization", bearer("VN", "ADMIN"))
                .when().get("/api/v1/plans/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer("VN", "ADMIN"))
                .when().get("/api/v1/plans/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readingNeedsAToken() {
        String id = create(HA_NOI, "2026-04-03");
        given().when().get("/api/v1/plans/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void plansComeInPagesNewestFirstWithACursorUntilTheLastPage() {
        for (int day = 1; day <= 5; day++) {
            create(LANG_SON, "2025-08-0" + day);
        }
        JsonPath first = page(bearer(LANG_SON, "PLANNER"), LANG_SON, 2, null);
        assertThat(first.getList("items.issueDate")).containsExactly("2025-08-05", "2025-08-04");
        assertThat(first.getString("nextCursor")).isNotBlank();

        JsonPath second = page(bearer(LANG_SON, "PLANNER"), LANG_SON, 2, first.getString("nextCursor"));
        assertThat(second.getList("items.issueDate")).containsExactly("2025-08-03", "2025-08-02");
        assertThat(second.getString("nextCursor")).isNotBlank();

        JsonPath last = page(bearer(LANG_SON, "PLANNER"), LANG_SON, 2, second.getString("nextCursor"));
        assertThat(last.getList("items.issueDate")).containsExactly("2025-08-01");
        assertThat(last.getMap("$")).doesNotContainKey("nextCursor");
    }

    @Test
    void plansOfTheSameDayAreEachListedOnceAcrossPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(QUANG_NINH, "2025-10-10"));
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page(bearer("VN", "ANALYST"), QUANG_NINH, 2, cursor);
            listed.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void aListHoldsOnlyThePlansTheCallerMaySee() {
        String haNoi = create(HA_NOI, "2025-12-24");
        String hoChiMinhCity = create(HO_CHI_MINH_CITY, "2025-12-24");

        JsonPath page = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("limit", 200).queryParam("year", 2025)
                .when().get("/api/v1/plans").then().statusCode(200).extract().jsonPath();

        List<String> ids = page.getList("items.id", String.class);
        assertThat(ids).contains(haNoi).doesNotContain(hoChiMinhCity);
        assertThat(page.getList("items.issuingUnitCode", String.class))
                .allMatch(code -> code.equals(HA_NOI) || code.equals(BA_DINH));
        assertThat(page.getList("items.issueDate", String.class)).allMatch(date -> date.startsWith("2025-"));
    }

    @Test
    void aPageSizeAboveTheMaximumIsRefused() {
        given().header("Authorization", bearer("VN", "ANALYST")).header("Accept-Language", "en")
                .queryParam("limit", 500)
                .when().get("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("TOO_LARGE"))
                .body("errors[0].message", equalTo("Must be at most 200"));
    }

    @Test
    void malformedQueryParametersAreFieldErrors() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("limit", 0)
                .when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].code", equalTo("TOO_SMALL"));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("limit", "ten")
                .when().get("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("year", 3000)
                .when().get("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void aGarbledCursorIsRefused() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("cursor", "not-a-cursor")
                .when().get("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
        String twoPartsButNoDate = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(
                        ("yesterday\u001f" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("cursor", twoPartsButNoDate)
                .when().get("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    private static JsonPath page(String authorization, String issuingUnit, int limit, String cursor) {
        var request = given().header("Authorization", authorization)
                .queryParam("issuingUnit", issuingUnit).queryParam("limit", limit);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
    }

    private static String create(String unit, String date) {
        return given().header("Authorization", bearer("VN", "ADMIN")).contentType(ContentType.JSON)
                .body(PlanRequests.unnumbered(unit, date))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }
}
