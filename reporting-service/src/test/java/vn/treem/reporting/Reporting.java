package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.CloudEventCodec;

/** Events as case-service and plan-service publish them, and the service's answers, for tests. */
final class Reporting {

    /** Phường Ba Đình, Hà Nội (current hierarchy). */
    static final String BA_DINH = "00004";
    /** Phường Ngọc Hà, Hà Nội. */
    static final String NGOC_HA = "00008";
    /** Phường Giảng Võ, Hà Nội. */
    static final String GIANG_VO = "00025";
    /** Phường Hoàn Kiếm, Hà Nội. */
    static final String HOAN_KIEM = "00070";
    /** Phường Cửa Nam, Hà Nội. */
    static final String CUA_NAM = "00082";
    /** Phường Phú Thượng, Hà Nội. */
    static final String PHU_THUONG = "00091";
    static final String HA_NOI = "01";
    /** Xã Thạch Thất, Xã Hòa Lạc, Xã Chương Mỹ: three communes of Hà Nội in today's hierarchy. */
    static final String THACH_THAT = "09955";
    static final String HOA_LAC = "09988";
    static final String CHUONG_MY = "10015";
    /** Thành phố Hồ Chí Minh (a province-level city in both hierarchies). */
    static final String HO_CHI_MINH = "79";
    /** Tỉnh Thái Bình: a province until 30 June 2025, then merged into Hưng Yên (33). */
    static final String THAI_BINH = "34";
    /** Thành phố Thái Bình, a district of Thái Bình until 30 June 2025. */
    static final String THANH_PHO_THAI_BINH = "336";
    static final String VIET_NAM = "VN";

    static final String INTAKES_RECEIVED = "INTAKES_RECEIVED";
    static final String PLANS_ISSUED = "PLANS_ISSUED";

    private Reporting() {
    }

    /** A {@code vn.treem.case.case.opened.v1} event as case-service writes it for an intake received at {@code at}. */
    static CloudEvent caseOpened(String communeCode, String receivedAt) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("intakeId", UUID.randomUUID().toString());
        data.put("communeCode", communeCode);
        data.put("provinceCode", HA_NOI);
        data.put("channel", "HOTLINE_111");
        data.put("receivedAt", receivedAt);
        data.put("concernCategories", List.of("NEGLECT", "VIOLENCE"));
        data.put("childSex", "FEMALE");
        data.put("childAgeBand", "AGE_6_10");
        data.put("status", "RECEIVED");
        return CloudEventCodec.create("/case-service", "vn.treem.case.case.opened.v1", caseId,
                OffsetDateTime.parse(receivedAt), data);
    }

    /** A {@code vn.treem.plan.plan.issued.v1} event as plan-service writes it. */
    static CloudEvent planIssued(String issuingUnitCode, String level, String issueDate) {
        String planId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", planId);
        data.put("issuingUnitCode", issuingUnitCode);
        data.put("issuingUnitLevel", level);
        data.put("issueDate", issueDate);
        data.put("periodFromYear", Integer.parseInt(issueDate.substring(0, 4)));
        data.put("periodToYear", Integer.parseInt(issueDate.substring(0, 4)));
        data.put("type", "ANNUAL");
        data.put("status", "ISSUED");
        return CloudEventCodec.create("/plan-service", "vn.treem.plan.plan.issued.v1", planId,
                OffsetDateTime.parse(issueDate + "T09:00:00+07:00"), data);
    }

    /** The value the API answers, asked by a national analyst. */
    static long value(String indicator, String unit, String period) {
        return ((Number) given().header("Authorization", bearer(VIET_NAM, "ANALYST"))
                .queryParam("indicator", indicator).queryParam("unit", unit).queryParam("period", period)
                .when().get("/api/v1/indicator-values")
                .then().statusCode(200).extract().path("value")).longValue();
    }

    /** {@code treem_events_consumed_total} of this service's indicator consumer for {@code outcome}, 0 if never. */
    static double consumed(String outcome) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return vn.treem.platform.testing.TestMetrics.sum(metrics, "treem_events_consumed_total",
                "consumer=\"reporting.indicators\"", "outcome=\"" + outcome + "\"");
    }
}
