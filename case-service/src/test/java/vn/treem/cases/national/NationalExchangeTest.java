package vn.treem.cases.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.child.Sex;

/** The code lists, the error codes kept from national answers, the comparison and the backoff, without a server. */
class NationalExchangeTest {

    @Test
    void everyCaseStatusHasANationalCodeAndBack() {
        for (CaseStatus status : CaseStatus.values()) {
            String code = NationalCodes.caseStatus(status);
            assertThat(code).matches("[A-Z_]+");
            assertThat(NationalCodes.caseStatus(code)).contains(status);
        }
        assertThat(NationalCodes.sex(Sex.MALE)).isEqualTo("1");
        assertThat(NationalCodes.sex(Sex.FEMALE)).isEqualTo("2");
        assertThat(NationalCodes.sex(Sex.UNKNOWN)).isEqualTo("0");
        assertThat(NationalCodes.sex("9")).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void onlyCodesAreKeptFromANationalErrorNeverItsTexts() throws Exception {
        var body = new ObjectMapper().readTree("""
                {"code":"VALIDATION_FAILED","message":"Trẻ Nguyễn Văn An không hợp lệ",
                 "errors":[{"field":"birthDate","code":"OUT_OF_RANGE","message":"2016-05-01"},
                           {"field":"fullName","code":"Nguyễn Văn An là tên trùng"},
                           {"field":"specialCircumstances[0].groupCode","code":"UNKNOWN_CODE"}]}""");

        assertThat(NationalChildDbClient.ErrorCodes.of(body)).isEqualTo(
                "VALIDATION_FAILED: birthDate=OUT_OF_RANGE, fullName=?, specialCircumstances[0].groupCode=UNKNOWN_CODE");
    }

    @Test
    void recordsArePairedByOurIdAndComparedFieldByField() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var ours = List.of(record(a, "Nguyễn Văn An", "001216000001", "G04"),
                record(b, "Lê Thị Bình", "001316000002", "G01"));
        // The same name typed with decomposed accents and extra spaces is the same name.
        String decomposed = java.text.Normalizer.normalize("Nguyễn  Văn An ", java.text.Normalizer.Form.NFD);
        var theirs = List.of(record(a, decomposed, "001216000001", "G04"),
                new NationalChildRecord(null, "TE-9", null, null, "Khác", "2", LocalDate.of(2016, 1, 1), null,
                        "001316000002", "01", "00004", "01", List.of(), null));

        Reconciler.Result result = Reconciler.compare(ours, theirs);

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.differences()).containsExactly(
                new Difference(Difference.Kind.ONLY_THERE, null, "TE-9", null, b),
                new Difference(Difference.Kind.ONLY_HERE, b, null, null, null));
        assertThat(Reconciler.differingFields(record(a, "A", "001216000001", "G04"),
                record(a, "B", "001216000009", "G05"))).containsExactly("fullName", "personalIdNumber",
                        "specialCircumstances");
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        NationalSyncWorker worker = new NationalSyncWorker();
        worker.backoffInitial = Duration.ofSeconds(30);
        worker.backoffMax = Duration.ofHours(2);

        assertThat(worker.backoff(1)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
        assertThat(worker.backoff(3)).isBetween(Duration.ofSeconds(96), Duration.ofSeconds(144));
        assertThat(worker.backoff(40)).isBetween(Duration.ofMinutes(96), Duration.ofMinutes(144));
    }

    private static NationalChildRecord record(UUID id, String name, String pid, String group) {
        return new NationalChildRecord(id.toString(), null, "TREEM", 0L, name, "1", LocalDate.of(2016, 5, 1), null,
                pid, "01", "00004", "01", List.of(new NationalChildRecord.Group(group, null, null, null, null)),
                null);
    }
}
