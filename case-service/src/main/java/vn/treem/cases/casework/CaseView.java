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
import vn.treem.cases.intake.Informant;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Case", description = "A child-protection case as the case team sees it (contains personal data).")
public record CaseView(
        UUID id,
        @Schema(example = "INITIAL_ASSESSMENT") CaseStatus status,
        @Schema(description = "Commune handling the case", example = "00004") String communeCode,
        @Schema(example = "01") String provinceCode,
        @Schema(description = "Commune where it happened", example = "00004") String incidentCommuneCode,
        OffsetDateTime openedAt,
        OffsetDateTime updatedAt,
        Channel channel,
        List<ConcernCategory> concernCategories,
        @Schema(description = "Sexual abuse or trafficking: only assigned workers and approvers see it") boolean sensitive,
        RiskLevel riskLevel,
        Boolean emergency,
        RiskLevel residualRisk,
        @Schema(description = "Last day of the emergency protection or separation in force") LocalDate separationEndsOn,
        @Schema(description = "While TRANSFERRED: the receiving commune") String transferToCommuneCode,
        OffsetDateTime closedAt,
        @Schema(description = "The statuses the case may move to next") List<CaseStatus> allowedNext,
        List<DeadlineView> deadlines,
        @Schema(description = "A deadline has passed while its step is not done") boolean overdue,
        @Schema(description = "Subjects of the workers assigned to the case") List<String> assignedWorkers,
        ChildSummary child,
        IntakeDetails intake,
        @Schema(description = "Version of the case; also its ETag") long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseChild")
    public record ChildSummary(UUID id, @Schema(example = "Nguyễn Văn An") String fullName, Sex sex,
            LocalDate birthDate, Integer estimatedAge, String personalIdNumber,
            @Schema(example = "00004") String residenceCommuneCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseIntake", description = "The report as received (Mẫu 01). The informant is shown to the case team only.")
    public record IntakeDetails(UUID id, OffsetDateTime receivedAt, String recordedBy,
            @Schema(example = "Nhà văn hóa thôn 3") String place,
            @Schema(example = "Đang ở nhà bà ngoại") String childWhereabouts,
            @Schema(example = "Có vết bầm ở tay") String childCondition,
            @Schema(example = "Hàng xóm nghe thấy tiếng trẻ khóc nhiều lần") String situation,
            @Schema(example = "Trưởng thôn đã đến nhà") String actionsTaken,
            boolean informantConsent,
            Informant informant) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseDeadline")
    public record DeadlineView(@Schema(example = "INITIAL_ASSESSMENT") String kind, OffsetDateTime dueAt,
            OffsetDateTime metAt, OffsetDateTime missedAt, OffsetDateTime cancelledAt,
            @Schema(description = "OPEN, OVERDUE, MET, MET_LATE or CANCELLED", example = "OPEN") String state) {
    }
}
