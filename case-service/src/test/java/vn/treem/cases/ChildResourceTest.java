package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.cases.IntakeRequests.NGOC_HA;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.cases.child.NameKey;

@QuarkusTest
class ChildResourceTest {

    @Test
    void aNameWithoutAccentsFindsTheChildWithAccents() {
        String family = uniqueWord();
        open(BA_DINH, "Đặng Thị Ngọc Ánh " + family, null);

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("name", "dang ngoc anh " + family)
                .when().get("/api/v1/children")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].fullName", equalTo("Đặng Thị Ngọc Ánh " + family))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        String family = uniqueWord();
        open(BA_DINH, "Lê Thị Lan " + family, null);

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("name", "an " + family)
                .when().get("/api/v1/children")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aWorkerFindsOnlyChildrenWithACaseInTheirCommune() {
        String family = uniqueWord();
        open(BA_DINH, "Trịnh Văn Hùng " + family, null);

        given().header("Authorization", bearer(NGOC_HA, "CASE_WORKER")).queryParam("name", family)
                .when().get("/api/v1/children")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", bearer("01", "CASE_APPROVER")).queryParam("name", family)
                .when().get("/api/v1/children")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aPersonalIdNumberFindsItsChild() {
        String family = uniqueWord();
        open(BA_DINH, "Hồ Thị Thu " + family, "001316098765");

        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("personalIdNumber", "001316098765").queryParam("name", family)
                .when().get("/api/v1/children")
                .then().statusCode(200).body("items[0].personalIdNumber", equalTo("001316098765"));
    }

    @Test
    void resultsComeInPagesUntilTheLastOne() {
        String family = uniqueWord();
        for (String given : new String[]{"An", "Bình", "Cúc"}) {
            open(BA_DINH, "Vương " + given + " " + family, null);
        }
        var first = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("name", family).queryParam("limit", 2)
                .when().get("/api/v1/children").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.fullName")).hasSize(2);
        var last = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .queryParam("name", family).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/v1/children").then().statusCode(200).extract().jsonPath();
        assertThat(last.getList("items.fullName")).containsExactly("Vương Cúc " + family);
        assertThat(last.getString("nextCursor")).isNull();
    }

    @Test
    void aSearchNeedsACriterionAndSensibleLimits() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).queryParam("limit", 1000)
                .when().get("/api/v1/children")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "limit"));
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER")).queryParam("name", "an")
                .queryParam("cursor", "garbage!")
                .when().get("/api/v1/children")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void analystsSeeNoChildren() {
        given().header("Authorization", bearer("VN", "ANALYST")).queryParam("name", "an")
                .when().get("/api/v1/children")
                .then().statusCode(403);
    }

    @Test
    void theNameKeyDropsMarksAndKeepsWords() {
        assertThat(NameKey.of("  Nguyễn Văn  Ân ")).isEqualTo(" nguyen van an ");
        assertThat(NameKey.of("ĐỖ THỊ Hương-Giang")).isEqualTo(" do thi huong giang ");
    }

    private static String uniqueWord() {
        return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void open(String commune, String name, String personalId) {
        Map<String, Object> body = IntakeRequests.valid(commune, name);
        if (personalId != null) {
            IntakeRequests.child(body).put("personalIdNumber", personalId);
        }
        given().header("Authorization", bearer(commune, "CASE_WORKER")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes").then().statusCode(201);
    }
}
