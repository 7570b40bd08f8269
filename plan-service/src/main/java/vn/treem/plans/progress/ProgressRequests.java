package vn.treem.plans.progress;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests that report progress on a plan. */
public final class ProgressRequests {

    private ProgressRequests() {
    }

    @Schema(name = "AssignmentStatusRequest")
    public record Status(
            @NotNull @Schema(required = true, description = "NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is derived)", example = "IN_PROGRESS") AssignmentStatus status,
            @Size(max = 2000) @Schema(example = "Đã tổ chức 3 lớp tập huấn kỹ năng phòng chống đuối nước") String note) {
    }

    @Schema(name = "IndicatorActualRequest")
    public record Actual(
            @NotBlank @Size(max = 30) @Schema(required = true, example = "1") String indicatorCode,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, example = "2026") Integer year,
            @NotNull @Schema(required = true, example = "52.5") BigDecimal value,
            @Size(max = 300) @Schema(example = "Báo cáo 6 tháng của Sở Y tế") String source) {
    }
}
