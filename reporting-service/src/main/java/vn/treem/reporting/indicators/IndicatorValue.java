package vn.treem.reporting.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorValue", description = "The value of an indicator for an administrative unit (with every unit below it) over a period.")
public record IndicatorValue(
        @Schema(description = "Indicator code (see GET /api/v1/indicators)", example = "INTAKES_RECEIVED") String indicator,
        @Schema(description = "Administrative unit code: VN, a province, a district (before 1 July 2025) or a commune", example = "01") String unit,
        @Schema(description = "Period: 2026, 2026H1, 2026Q3 or 2026-05", example = "2026") String period,
        @Schema(description = "The value, in the indicator's unit (a share has one decimal)", example = "3") BigDecimal value,
        @Schema(description = "For shares: the numerator") Long numerator,
        @Schema(description = "For shares: the denominator") Long denominator,
        @Schema(description = "The dimension of the breakdown, when ?by= was given", example = "SEX") Disaggregation by,
        List<Part> breakdown,
        @Schema(description = "Notes on the figure, e.g. PARTLY_MERGED_PREDECESSOR") List<String> flags) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorValuePart")
    public record Part(@Schema(example = "FEMALE") String key, BigDecimal value, Long numerator, Long denominator) {
    }
}
