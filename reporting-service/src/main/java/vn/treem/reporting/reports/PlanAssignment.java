package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A task the plan assigned to an agency; a report states its progress. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportAssignment")
public record PlanAssignment(
        UUID assignmentId,
        @Schema(example = "NV03") String taskCode,
        @Schema(example = "Sở Y tế") String agencyName,
        @Schema(example = "LEAD") String role,
        LocalDate deadline) {
}
