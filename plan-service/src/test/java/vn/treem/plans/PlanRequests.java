package vn.treem.plans;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Plan bodies for tests, from the documents of shared/plan-documents. */
final class PlanRequests {

    private PlanRequests() {
    }

    /** Thái Bình province, 42/KH-UBND of 22 March 2022 — a province merged into Hưng Yên in 2025. */
    static Map<String, Object> thaiBinh2022(String number) {
        return plan(number, "34", "2022-03-22", 2022, 2022);
    }

    static Map<String, Object> plan(String number, String unit, String issueDate, int from, int to) {
        Map<String, Object> body = new HashMap<>();
        if (number != null) {
            body.put("number", number);
        }
        body.put("title", "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và bảo vệ trẻ em");
        body.put("issuingUnitCode", unit);
        body.put("issueDate", issueDate);
        body.put("periodFromYear", from);
        body.put("periodToYear", to);
        return body;
    }

    static String uniqueNumber() {
        return (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100000) + "/KH-UBND";
    }
}
