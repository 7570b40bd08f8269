package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.testing.TestEvents;

/**
 * Series across the 1 July 2025 reform (docs/hierarchy.md): a new unit asked for a period before the reform adds up the
 * former units that formed it, on the real merger data.
 */
@QuarkusTest
class ReformSeriesTest {

    /** Phường Lam Sơn, Thành phố Hưng Yên, old Hưng Yên province (33) before the reform. */
    static final String LAM_SON = "11950";
    /** Phường Lê Hồng Phong, Thành phố Thái Bình, old Thái Bình province (34) before the reform. */
    static final String LE_HONG_PHONG = "12433";

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @Inject
    AdminUnitDirectory units;

    @Test
    void a2024FigureOfTheNewHungYenProvinceIsTheSumOverItsFormerProvinces() {
        long thaiBinhBefore = value("INTAKES_RECEIVED", "34", "2024");
        long newHungYenBefore = value("INTAKES_RECEIVED", "33", "2024");

        TestEvents.publish(caseTopic, CaseEvents.opened(UUID.randomUUID(), LAM_SON,
                "2024-05-02T08:00:00+07:00", List.of("NEGLECT"), "MALE", UUID.randomUUID()));
        TestEvents.publish(caseTopic, CaseEvents.opened(UUID.randomUUID(), LE_HONG_PHONG,
                "2024-06-02T08:00:00+07:00", List.of("VIOLENCE"), "FEMALE", UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> value("INTAKES_RECEIVED", "33", "2024") == newHungYenBefore + 2);
        assertThat(value("INTAKES_RECEIVED", "34", "2024")).isEqualTo(thaiBinhBefore + 1);
        assertThat(get("INTAKES_RECEIVED", "33", "2024").<List<String>>path("flags"))
                .contains("INCLUDES_FORMER_UNITS");
        assertThat(units.mergers().oldUnitsFormingNew("33")).containsExactlyInAnyOrder("33", "34");
    }

    @Test
    void aNewCommuneFormedWithPartOfAFormerOneIsFlaggedInItsSeries() {
        String partly = units.mergers().newCodes().stream().filter(code -> code.length() == 5)
                .filter(code -> units.mergers().partlyMerged(code)).sorted().findFirst().orElseThrow();
        String whole = units.mergers().newCodes().stream().filter(code -> code.length() == 5)
                .filter(code -> !units.mergers().partlyMerged(code)).sorted().findFirst().orElseThrow();

        assertThat(get("INTAKES_RECEIVED", partly, "2024").<List<String>>path("flags"))
                .contains("PARTLY_MERGED_PREDECESSOR");
        assertThat(get("INTAKES_RECEIVED", whole, "2026").<List<String>>path("flags")).isNull();
    }

    private static Response get(String indicator, String unit, String period) {
        Response response = given().header("Authorization", bearer("VN", "ANALYST")).queryParam("indicator", indicator)
                .queryParam("unit", unit).queryParam("period", period).when().get("/api/v1/indicator-values");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    private static long value(String indicator, String unit, String period) {
        return ((Number) get(indicator, unit, period).path("value")).longValue();
    }
}
