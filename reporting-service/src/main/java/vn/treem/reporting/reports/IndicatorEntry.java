package vn.treem.reporting.reports;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of one indicator of the plan, as reported. For a share, the numerator (the part) and the denominator (the
 * whole) may be given as well.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportedIndicatorValue")
public record IndicatorEntry(
        @NotBlank @Size(max = 60) @Schema(required = true, description = "An indicator of the report (see indicators)", example = "TE_CO_HCDB_DUOC_TRO_GIUP") String indicatorCode,
        @Schema(description = "The value in the indicator's unit; required to submit", example = "92.5") BigDecimal value,
        @Schema(description = "For a share: the part", example = "185") BigDecimal numerator,
        @Schema(description = "For a share: the whole", example = "200") BigDecimal denominator) {
}
