package vn.treem.plans.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.plans.content.PlanContent;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanProgress", description = "Where a plan stands: each assignment's status and each indicator against its target")
public record ProgressView(UUID planId, List<AssignmentLine> assignments, List<IndicatorLine> indicators) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AssignmentProgress")
    public record AssignmentLine(UUID assignmentId, String taskCode, @Schema(example = "Sở Y tế") String agencyName,
            String role, LocalDate deadline, AssignmentStatus status, String note,

            @Schema(description = "Version of this assignment's progress; send it as If-Match (0 before the first report)") long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorProgress")
    public record IndicatorLine(String code, @Schema(example = "Tỷ lệ xã, phường phù hợp với trẻ em") String text,
            PlanContent.Target target, Integer actualYear, BigDecimal actual, TargetStatus status) {
    }
}
