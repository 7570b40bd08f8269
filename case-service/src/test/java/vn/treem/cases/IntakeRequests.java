package vn.treem.cases;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Intake request bodies for tests, as a mobile client would send them. */
final class IntakeRequests {

    /** Phường Ba Đình, Hà Nội (current hierarchy). */
    static final String BA_DINH = "00004";
    static final String HA_NOI = "01";
    /** Phường Ngọc Hà, Hà Nội. */
    static final String NGOC_HA = "00008";

    private IntakeRequests() {
    }

    static Map<String, Object> valid(String communeCode, String childName) {
        Map<String, Object> child = new HashMap<>();
        child.put("fullName", childName);
        child.put("sex", "FEMALE");
        child.put("birthDate", "2016-05-01");
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE_111");
        body.put("communeCode", communeCode);
        body.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0).toString());
        body.put("concernCategories", List.of("VIOLENCE", "NEGLECT"));
        body.put("child", child);
        // Most tests are not about duplicates; DuplicateWarningTest sends the request without this.
        body.put("confirmNewChild", true);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }
}
