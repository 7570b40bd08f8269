package vn.treem.cases.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Child", description = "A child's record in the registry (personal data)")
public record ChildView(
        UUID id,
        @Schema(example = "Nguyễn Văn An") String fullName,
        Sex sex,
        LocalDate birthDate,
        Integer estimatedAge,
        LocalDate ageEstimatedOn,
        String personalIdNumber,
        @Schema(example = "01") String ethnicity,
        @Schema(example = "00004") String residenceCommuneCode,
        List<ChildDetails.CaregiverDetails> caregivers,
        List<ChildDetails.GroupDetails> groups,
        @Schema(description = "Sexual abuse or trafficking: only assigned workers and approvers see this child") boolean sensitive,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; also the ETag") long version) {

    static ChildView of(Child child) {
        return new ChildView(child.id, child.fullName, child.sex, child.birthDate, child.estimatedAge,
                child.ageEstimatedOn, child.personalIdNumber, child.ethnicity, child.residenceCommuneCode,
                child.caregivers.stream().map(c -> new ChildDetails.CaregiverDetails(c.fullName, c.relationship,
                        c.phone, c.guardian, c.livesWithChild)).toList(),
                child.groups.stream().map(g -> new ChildDetails.GroupDetails(g.code, g.subGroup, g.since, g.until))
                        .toList(),
                child.sensitive, child.createdAt, child.updatedAt, child.version);
    }
}
