package vn.treem.cases.child;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A registered child who may be the one being registered. Children the caller may not see are named by id only, so that
 * the warning discloses nothing about them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DuplicateCandidate")
public record DuplicateCandidate(
        UUID id,
        @Schema(description = "PERSONAL_ID or NAME_BIRTH_DATE_COMMUNE", example = "NAME_BIRTH_DATE_COMMUNE") String matchedOn,
        @Schema(description = "Whether the caller may read this child's record") boolean visible,
        @Schema(example = "Nguyễn Văn An") String fullName,
        LocalDate birthDate,
        String residenceCommuneCode) {
}
