package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseSummary", description = "A case in a list (contains the child's name)")
public record CaseSummary(UUID id, CaseStatus status, @Schema(example = "00004") String communeCode,
        String incidentCommuneCode, OffsetDateTime openedAt, OffsetDateTime updatedAt, boolean sensitive,
        RiskLevel riskLevel, boolean overdue, UUID childId, @Schema(example = "Nguyễn Văn An") String childName,
        long version) {
}
