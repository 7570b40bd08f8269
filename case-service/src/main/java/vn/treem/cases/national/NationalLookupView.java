package vn.treem.cases.national;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.child.Sex;

/** What the national child database knows of a personal identification number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalLookup", description = "What the national child database knows of a personal identification number")
public record NationalLookupView(
        @Schema(description = "Whether the national database has a record with this number") boolean found,
        @Schema(description = "The national records (normally one)") List<Match> matches,
        @Schema(description = "Children of our registry with this number; those out of the caller's reach by id only") List<UUID> registeredChildIds) {

    /**
     * A national record. Within the caller's reach (the child lives in the caller's unit) with its details; otherwise
     * by id only, like an out-of-reach duplicate candidate (ADR 0009).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NationalLookupMatch")
    public record Match(
            @Schema(description = "The national system's id of the record", example = "TE-01-0000123") String nationalId,
            @Schema(description = "Whether the child lives within the caller's unit; otherwise only ids are shown") boolean inReach,
            @Schema(description = "Our child this record comes from, when it was pushed from Treem") UUID linkedChildId,
            @Schema(example = "Nguyễn Văn An") String fullName,
            @Schema(example = "MALE") Sex sex,
            @Schema(example = "2016-05-01") LocalDate birthDate,
            @Schema(description = "When the birth date is not known", example = "2016") Integer estimatedBirthYear,
            @Schema(example = "01") String ethnicity,
            @Schema(example = "00004") String residenceCommuneCode,
            @Schema(description = "Special-circumstance groups G01–G14") List<String> groups,
            @Schema(description = "Last change in the national database") OffsetDateTime updatedAt) {
    }
}
