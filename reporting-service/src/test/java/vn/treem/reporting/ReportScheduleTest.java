package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.reporting.ReportFixtures.PATIENCE;
import static vn.treem.reporting.ReportFixtures.awaitReportId;
import static vn.treem.reporting.ReportFixtures.awaitReports;
import static vn.treem.reporting.ReportFixtures.consumed;
import static vn.treem.reporting.ReportFixtures.reports;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.GIANG_VO;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.NGOC_HA;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.testing.TestEvents;

/**
 * Plan events published on the real Kafka broker make the reports their reporting regimes expect: per reporting unit,
 * period and due date, once per event; amendments replace what is not yet submitted and closure cancels what would fall
 * due later. Each test uses years no other test uses.
 */
@QuarkusTest
class ReportScheduleTest {

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @Inject
    AdminUnitDirectory units;

    @Test
    void aProvincePlanExpectsAReportFromEachOfItsCommunesForEachDueDateAndARedeliveryChangesNothing() {
        int communes = (int) units.units(LocalDate.of(2041, 5, 10)).stream()
                .filter(u -> HA_NOI.equals(u.parentCode())).count();
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", 2041, 2041)
                .reporting("UBND các xã, phường", "SEMI_ANNUAL", "05-10", "11-10");
        CloudEvent issued = plan.issued();

        TestEvents.publish(planTopic, issued);

        List<Map<String, Object>> all = awaitReports(HA_NOI, "2041", 2 * communes);
        assertThat(communes).isGreaterThan(100);
        List<Map<String, Object>> baDinh = reports(BA_DINH, "2041", null);
        assertThat(baDinh).extracting(r -> r.get("period"), r -> r.get("dueDate"), r -> r.get("status"),
                r -> r.get("recipientUnit"), r -> r.get("reporterAgency"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2041H1", "2041-05-10", "EXPECTED", HA_NOI,
                                "UBND các xã, phường"),
                        org.assertj.core.groups.Tuple.tuple("2041H2", "2041-11-10", "EXPECTED", HA_NOI,
                                "UBND các xã, phường"));
        assertThat(all).allMatch(r -> !HA_NOI.equals(r.get("reportingUnit")), "only communes report");

        double duplicates = consumed("duplicate");
        TestEvents.publish(planTopic, issued);

        await().atMost(PATIENCE).until(() -> consumed("duplicate") > duplicates);
        assertThat(reports(HA_NOI, "2041", null)).hasSize(2 * communes);
    }

    @Test
    void anAgencyOfTheIssuingUnitReportsItselfOnce() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", 2042, 2042)
                .reporting("Sở Y tế", "ANNUAL", "11-25");

        TestEvents.publish(planTopic, plan.issued());

        List<Map<String, Object>> all = awaitReports(HA_NOI, "2042", 1);
        assertThat(all.get(0)).containsEntry("reportingUnit", HA_NOI).containsEntry("reporterAgency", "Sở Y tế")
                .containsEntry("period", "2042").containsEntry("dueDate", "2042-11-25");
    }

    @Test
    void theDepartmentOfLabourInvalidsAndSocialAffairsIsNotTakenForTheCommunes() {
        // "Xã hội" (social) is not "xã" (commune): the province's department reports itself, once
        ReportFixtures.Plan plan = new ReportFixtures.Plan(HA_NOI, "PROVINCE", 2043, 2043)
                .reporting("Sở Lao động - Thương binh và Xã hội", "ANNUAL", "11-25");

        TestEvents.publish(planTopic, plan.issued());

        List<Map<String, Object>> all = awaitReports(HA_NOI, "2043", 1);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).containsEntry("reportingUnit", HA_NOI)
                .containsEntry("reporterAgency", "Sở Lao động - Thương binh và Xã hội");
    }

    @Test
    void aCommunePlanIsReportedOnByTheCommuneItselfAndAJanuaryDueDateCoversTheYearJustEnded() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(NGOC_HA, "COMMUNE", 2043, 2044)
                .reporting("Công chức văn hóa - xã hội", "ANNUAL", "01-15");

        TestEvents.publish(planTopic, plan.issued());

        await().atMost(PATIENCE).until(() -> reports(NGOC_HA, "2044", null).size() == 1);
        assertThat(reports(NGOC_HA, "2043", null)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("reportingUnit", NGOC_HA)
                        .containsEntry("dueDate", "2044-01-15"));
        assertThat(reports(NGOC_HA, "2044", null)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("dueDate", "2045-01-15"));
    }

    @Test
    void anAmendmentReplacesWhatIsNotYetSubmittedAndClosureCancelsWhatWouldFallDueLater() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(GIANG_VO, "COMMUNE", 2045, 2045);
        java.util.UUID task = plan.assign("NV01", "Công an xã");
        plan.reporting("Công chức văn hóa - xã hội", "SEMI_ANNUAL", "05-10", "11-10");
        TestEvents.publish(planTopic, plan.issued());
        String firstHalf = awaitReportId(GIANG_VO, "2045H1");
        ReportWorkflowTest.fillAndSubmit(firstHalf, GIANG_VO, task);

        plan.reporting("Công chức văn hóa - xã hội", "ANNUAL", "11-25");
        TestEvents.publish(planTopic, plan.amended());

        await().atMost(PATIENCE).until(() -> reports(GIANG_VO, "2045", null).stream()
                .anyMatch(r -> "2045".equals(r.get("period"))));
        assertThat(reports(GIANG_VO, "2045", null))
                .extracting(r -> r.get("period") + " " + r.get("status"))
                .containsExactly("2045H1 SUBMITTED", "2045 EXPECTED");
        assertThat(reports(GIANG_VO, "2045", "CANCELLED")).extracting(r -> r.get("period"))
                .containsExactly("2045H2");

        TestEvents.publish(planTopic, plan.closed("2045-06-01T10:00:00+07:00"));

        await().atMost(PATIENCE).until(() -> reports(GIANG_VO, "2045", null).size() == 1);
        assertThat(reports(GIANG_VO, "2045", null)).extracting(r -> r.get("period") + " " + r.get("status"))
                .containsExactly("2045H1 SUBMITTED");
        assertThat(reports(GIANG_VO, "2045", "CANCELLED")).extracting(r -> r.get("period"))
                .containsExactlyInAnyOrder("2045H2", "2045");
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneChangesNothing() {
        ReportFixtures.Plan plan = new ReportFixtures.Plan(BA_DINH, "COMMUNE", 2046, 2046)
                .reporting("Công chức văn hóa - xã hội", "SEMI_ANNUAL", "05-10", "11-10");
        CloudEvent first = plan.issued();
        plan.reporting("Công chức văn hóa - xã hội", "QUARTERLY", "03-20", "06-20", "09-20", "12-20");
        CloudEvent second = plan.amended();

        TestEvents.publish(planTopic, second);
        awaitReports(BA_DINH, "2046", 4);
        double applied = consumed("applied");
        TestEvents.publish(planTopic, first);

        await().atMost(PATIENCE).until(() -> consumed("applied") > applied);
        assertThat(reports(BA_DINH, "2046", null)).extracting(r -> r.get("period"))
                .containsExactly("2046Q1", "2046Q2", "2046Q3", "2046Q4");
    }
}
