package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.ReportFixtures.COMPLETENESS;
import static vn.treem.reporting.ReportFixtures.awaitReportId;
import static vn.treem.reporting.ReportFixtures.awaitReports;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.HO_CHI_MINH;
import static vn.treem.reporting.Reporting.NGOC_HA;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.testing.TestEvents;

/**
 * Completeness and timeliness across due dates: a plan of Hà Nội over last year and next year expects a report from
 * every commune on 20 December of each. Submitted now, last year's report is late and next year's on time; the others
 * are missing (last year) or pending (next year). Relative years keep the test true whatever day it runs.
 */
@QuarkusTest
class ReportCompletenessTest {

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @Inject
    AdminUnitDirectory units;

    @Test
    void reportsAreOnTimeLateMissingOrPendingAccordingToTheirDueDates() {
        int lastYear = AdminUnitDirectory.today().getYear() - 1;
        int nextYear = lastYear + 2;
        int communes = (int) units.units(LocalDate.of(lastYear, 12, 20)).stream()
                .filter(u -> HA_NOI.equals(u.parentCode())).count();
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", lastYear, nextYear)
                .reporting("UBND các xã, phường", "ANNUAL", "12-20");
        TestEvents.publish(planTopic, plan.issued());
        awaitReports(HA_NOI, String.valueOf(nextYear), communes);

        ReportWorkflowTest.fillAndSubmit(awaitReportId(BA_DINH, String.valueOf(lastYear)), BA_DINH, null);
        ReportWorkflowTest.fillAndSubmit(awaitReportId(BA_DINH, String.valueOf(nextYear)), BA_DINH, null);

        JsonPath past = completeness(HA_NOI, String.valueOf(lastYear));
        assertThat(past.getInt("expected")).isEqualTo(communes);
        assertThat(past.getInt("received")).isEqualTo(1);
        assertThat(past.getInt("onTime")).isZero();
        assertThat(past.getInt("receivedLate")).isEqualTo(1);
        assertThat(past.getInt("missing")).isEqualTo(communes - 1);
        assertThat(past.getInt("pending")).isZero();
        assertThat(past.getDouble("timelinessRate")).isZero();
        assertThat(past.getDouble("completenessRate")).isCloseTo(100.0 / communes, org.assertj.core.data.Offset
                .offset(0.06));
        List<Map<String, Object>> late = past.getList("lateUnits");
        assertThat(late).hasSize(communes);
        assertThat(late).filteredOn(l -> BA_DINH.equals(l.get("unit"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("reason", "LATE").containsEntry("unitName",
                        "Phường Ba Đình").containsEntry("dueDate", lastYear + "-12-20"));
        assertThat(late).filteredOn(l -> NGOC_HA.equals(l.get("unit"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("reason", "MISSING").containsEntry("status",
                        "EXPECTED"));

        JsonPath future = completeness(HA_NOI, String.valueOf(nextYear));
        assertThat(future.getInt("expected")).isEqualTo(communes);
        assertThat(future.getInt("received")).isEqualTo(1);
        assertThat(future.getInt("onTime")).isEqualTo(1);
        assertThat(future.getInt("missing")).isZero();
        assertThat(future.getInt("pending")).isEqualTo(communes - 1);
        assertThat(future.getList("lateUnits")).isEmpty();
        assertThat(future.getDouble("timelinessRate")).isEqualTo(future.getDouble("completenessRate"));

        JsonPath baDinh = completeness(BA_DINH, lastYear + "H2");
        assertThat(baDinh.getInt("expected")).isZero();
        JsonPath baDinhYear = completeness(BA_DINH, String.valueOf(lastYear));
        assertThat(baDinhYear.getInt("expected")).isEqualTo(1);
        assertThat(baDinhYear.getDouble("completenessRate")).isEqualTo(100.0);
        assertThat(baDinhYear.getDouble("timelinessRate")).isZero();
    }

    @Test
    void completenessIsAskedForAUnitAndAPeriodWithinTheCallersUnit() {
        given().header("Authorization", bearer(HA_NOI, "ANALYST")).header("Accept-Language", "en")
                .when().get(COMPLETENESS)
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("unit", "period"));
        given().header("Authorization", bearer(HA_NOI, "ANALYST")).queryParam("unit", HO_CHI_MINH)
                .queryParam("period", "2026")
                .when().get(COMPLETENESS)
                .then().statusCode(403).body("type", org.hamcrest.Matchers.equalTo("/problems/outside-jurisdiction"));
        given().header("Authorization", bearer(HA_NOI, "HOTLINE")).queryParam("unit", HA_NOI)
                .queryParam("period", "2026")
                .when().get(COMPLETENESS)
                .then().statusCode(403);
    }

    private static JsonPath completeness(String unit, String period) {
        return given().header("Authorization", bearer(HA_NOI, "REPORT_APPROVER")).queryParam("unit", unit)
                .queryParam("period", period)
                .when().get(COMPLETENESS)
                .then().statusCode(200).extract().jsonPath();
    }
}
