package vn.treem.cases.supportplan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportPlanRequest", description = "A support and intervention plan (Mẫu 04)")
public record SupportPlanRequest(
        @NotEmpty @Size(max = 20) @Schema(required = true, example = "[\"Trẻ được an toàn, không bị bạo lực\"]") List<@NotBlank @Size(max = 1000) String> goals,
        @NotEmpty @Size(max = 50) @Schema(required = true) List<@NotNull @Valid Measure> measures) {
}
