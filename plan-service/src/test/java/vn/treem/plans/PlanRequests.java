package vn.treem.plans;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Plan request bodies for tests, after the documents of shared/plan-documents. */
final class PlanRequests {

    static final String HA_NOI = "01";
    /** Phường Ba Đình, Hà Nội (current hierarchy). */
    static final String BA_DINH = "00004";
    static final String HO_CHI_MINH_CITY = "79";
    /** Thái Bình province until 30 June 2025, then merged into Hưng Yên ("33"). */
    static final String THAI_BINH = "34";
    /** Huyện Mường Tè (Lai Châu, "12") until 30 June 2025, when districts were abolished. */
    static final String MUONG_TE = "107";
    static final String LAI_CHAU = "12";

    static final String TITLE = "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và bảo vệ trẻ em";

    private PlanRequests() {
    }

    /** Thái Bình province, 42/KH-UBND of 22 March 2022 (000_035caaf87a9552a3.txt). */
    static Map<String, Object> thaiBinh2022() {
        Map<String, Object> body = plan("42/KH-UBND", THAI_BINH, "2022-03-22", 2022, 2022);
        body.put("title", TITLE + " trên địa bàn tỉnh năm 2022");
        return body;
    }

    static Map<String, Object> plan(String number, String unit, String issueDate, int from, int to) {
        Map<String, Object> body = new HashMap<>();
        if (number != null) {
            body.put("number", number);
        }
        body.put("title", TITLE);
        body.put("issuingUnitCode", unit);
        body.put("issueDate", issueDate);
        body.put("periodFromYear", from);
        body.put("periodToYear", to);
        return body;
    }

    /** A plan without a number, for tests that need many of one unit. */
    static Map<String, Object> unnumbered(String unit, String issueDate) {
        int year = Integer.parseInt(issueDate.substring(0, 4));
        return plan(null, unit, issueDate, year, year);
    }

    /** A number no other test uses, so that tests do not collide on the numbering rule. */
    static String uniqueNumber() {
        return (Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L)) + "/KH-UBND";
    }
}
