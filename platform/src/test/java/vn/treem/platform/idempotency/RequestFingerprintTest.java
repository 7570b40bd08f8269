package vn.treem.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class RequestFingerprintTest {

    /** A request type as one version of a service declares it. */
    record PlanRequestV1(String title, String issuingUnitCode, LocalDate issueDate) {
    }

    /** The same request type a version later: fields reordered, an optional field added. */
    record PlanRequestV2(LocalDate issueDate, String title, String issuingUnitCode, List<String> legalBases) {
    }

    private final RequestFingerprint fingerprints = new RequestFingerprint(
            new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aRetrySentAcrossAnUpgradeThatAddedAnOptionalFieldKeepsItsFingerprint() {
        String before = fingerprints.of(new PlanRequestV1("Kế hoạch bảo vệ trẻ em", "01", LocalDate.of(2026, 1, 20)));
        String after = fingerprints.of(
                new PlanRequestV2(LocalDate.of(2026, 1, 20), "Kế hoạch bảo vệ trẻ em", "01", null));

        assertThat(after).isEqualTo(before).hasSize(64);
    }

    @Test
    void anotherValueIsAnotherRequest() {
        String first = fingerprints.of(new PlanRequestV1("Kế hoạch bảo vệ trẻ em", "01", LocalDate.of(2026, 1, 20)));

        assertThat(fingerprints.of(new PlanRequestV1("Kế hoạch bảo vệ trẻ em", "01", LocalDate.of(2026, 1, 21))))
                .isNotEqualTo(first);
        assertThat(fingerprints.of(new PlanRequestV2(LocalDate.of(2026, 1, 20), "Kế hoạch bảo vệ trẻ em", "01",
                List.of("Luật Trẻ em 2016")))).isNotEqualTo(first);
    }
}
