package vn.treem.cases.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildSummary", description = "A child found in the registry (personal data)")
public record ChildSummary(UUID id, @Schema(example = "Nguyễn Văn An") String fullName, Sex sex,
        LocalDate birthDate, Integer estimatedAge, @Schema(example = "001216012345") String personalIdNumber,
        @Schema(example = "00004") String residenceCommuneCode, OffsetDateTime updatedAt, long version) {

    static ChildSummary of(Child child) {
        return new ChildSummary(child.id, child.fullName, child.sex, child.birthDate, child.estimatedAge,
                child.personalIdNumber, child.residenceCommuneCode, child.updatedAt, child.version);
    }
}
