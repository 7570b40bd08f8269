package vn.treem.reporting.exports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import vn.treem.platform.testing.TestEvents;
import vn.treem.reporting.CaseEvents;

/**
 * Case events as case-service publishes them (the shape of ComputedIndicatorsTest's builders), published once per test
 * run for the export tests: in the last quarter of 2025, Phường Ba Đình has 3 abused children (2 given intervention)
 * and Phường Ngọc Hà 6 (5 given intervention, one case with a missed deadline). Hà Nội therefore has 9 intakes, 9
 * abused children, 7 given intervention (77.8 %) and 1 case with a missed deadline; in Ba Đình every figure is below 5,
 * in Ngọc Hà only the missed deadline is.
 */
final class ExportFixtures {

    static final String HA_NOI = "01";
    /** Phường Ba Đình, Hà Nội. */
    static final String BA_DINH = "00004";
    /** Phường Ngọc Hà, Hà Nội. */
    static final String NGOC_HA = "00008";
    /** Thành phố Hồ Chí Minh. */
    static final String HO_CHI_MINH = "79";
    static final String PERIOD = "2025Q4";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The topic the events went to: a new application start has a new topic and a clean database. */
    private static String publishedTo;

    private ExportFixtures() {
    }

    /** Publishes the events (once per run) and waits until the indicators show them. */
    static synchronized void ensurePublished(String caseTopic) {
        if (!caseTopic.equals(publishedTo)) {
            abusedChildren(caseTopic, BA_DINH, 3, 2, false);
            abusedChildren(caseTopic, NGOC_HA, 6, 5, true);
            publishedTo = caseTopic;
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> value("INTAKES_RECEIVED") == 9 && value("ABUSED_CHILDREN_WITH_INTERVENTION") == 7
                        && value("CASES_WITH_MISSED_DEADLINE") == 1);
    }

    private static void abusedChildren(String topic, String commune, int children, int helped, boolean oneMissed) {
        for (int i = 0; i < children; i++) {
            UUID caseId = UUID.randomUUID();
            String at = "2025-11-0" + (i + 1) + "T08:00:00+07:00";
            TestEvents.publish(topic,
                    CaseEvents.opened(caseId, commune, at, List.of("VIOLENCE"), i % 2 == 0 ? "FEMALE" : "MALE",
                            UUID.randomUUID()));
            if (i < helped) {
                TestEvents.publish(topic, CaseEvents.serviceDelivered(caseId, commune, "2025-11-1" + i));
            }
            if (oneMissed && i == 0) {
                TestEvents.publish(topic, CaseEvents.deadlineMissed(caseId, commune, "INITIAL_ASSESSMENT",
                        "2025-11-01T20:00:00+07:00"));
            }
        }
    }

    private static long value(String indicator) {
        Object value = given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", indicator)
                .queryParam("unit", HA_NOI).queryParam("period", PERIOD)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().path("value");
        return ((Number) value).longValue();
    }

}
