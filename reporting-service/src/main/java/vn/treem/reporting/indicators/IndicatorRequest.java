package vn.treem.reporting.indicators;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRequest", description = "An indicator added by an administrator; agencies report its values")
public record IndicatorRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,59}") @Schema(required = true, example = "CHILDREN_DROWNED") String code,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Số trẻ em bị tử vong do đuối nước") String nameVi,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Children who drowned") String nameEn,
        @Size(max = 2000) String definitionVi,
        @Size(max = 2000) String definitionEn,
        @NotNull @Pattern(regexp = "count|percent|per_mille|ratio") @Schema(required = true, example = "count") String unit,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "children who drowned") String numerator,
        @Size(max = 300) String denominator,
        @Min(1) @Max(100000) @Schema(example = "1") Integer factor,
        @NotEmpty List<@NotNull PeriodType> periodTypes,
        @Size(max = 300) @Schema(example = "Sở Y tế") String leadAgency) {
}
