package vn.treem.cases.supportplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One measure of a support plan: what, who is responsible, by when, with what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SupportMeasure")
public record Measure(
        @NotNull @Schema(required = true, example = "PSYCHOLOGICAL_SUPPORT") MeasureType type,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Tham vấn tâm lý 2 buổi/tuần trong 1 tháng") String description,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Responsible person or agency", example = "Trung tâm công tác xã hội thành phố") String responsible,
        @NotNull @Schema(required = true, example = "2026-12-31") LocalDate dueDate,
        @Size(max = 1000) @Schema(description = "Resources (people, money, facilities)", example = "Kinh phí bảo vệ trẻ em của phường") String resources) {
}
