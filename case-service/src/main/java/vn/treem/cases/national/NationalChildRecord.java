package vn.treem.cases.national;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A child's record in the exchange format of the national child database (docs/integrations/national-child-db.md).
 * Personal data: sent to the national system over TLS, never logged, never kept in the sync outbox.
 *
 * @param externalId
 *            our child id; the national system's key for records that come from Treem
 * @param nationalId
 *            the national system's own id (in answers only)
 * @param sourceVersion
 *            the version of our record; the national system ignores a version older than the one it holds
 * @param sex
 *            {@code 1} male, {@code 2} female, {@code 0} not known ({@link NationalCodes})
 * @param estimatedBirthYear
 *            when the birth date is not known
 * @param ethnicityCode
 *            GSO code 01–54
 * @param specialCircumstances
 *            groups G01–G14 (Law on Children Art. 10.1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalChildRecord(String externalId, String nationalId, String sourceSystem, Long sourceVersion,
        String fullName, String sex, LocalDate birthDate, Integer estimatedBirthYear, String personalIdNumber,
        String ethnicityCode, String residenceCommuneCode, String residenceProvinceCode,
        List<Group> specialCircumstances, OffsetDateTime updatedAt) {

    public static final String SOURCE_SYSTEM = "TREEM";

    public List<Group> groupsOrEmpty() {
        return specialCircumstances == null ? List.of() : specialCircumstances;
    }

    /** A special-circumstance group: our code, the letter of Art. 10.1, the sub-group and the validity dates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String groupCode, String lawLetter, String subGroup, LocalDate since, LocalDate until) {
    }
}
