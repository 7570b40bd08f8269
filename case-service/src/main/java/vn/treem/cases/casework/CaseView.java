package vn.treem.cases.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.child.Sex;
import vn.treem.cases.intake.Channel;
import vn.treem.cases.intake.ConcernCategory;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Case", description = "A child-protection case as the case team sees it (contains personal data).")
public record CaseView(
        UUID id,
        CaseStatus status,
        @Schema(example = "00004") String communeCode,
        @Schema(example = "01") String provinceCode,
        OffsetDateTime openedAt,
        Channel channel,
        List<ConcernCategory> concernCategories,
        ChildSummary child,
        long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseChild")
    public record ChildSummary(UUID id, @Schema(example = "Nguyễn Văn An") String fullName, Sex sex,
            LocalDate birthDate, Integer estimatedAge, String personalIdNumber) {
    }
}
