package vn.treem.reporting.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorValue", description = "The value of an indicator for an administrative unit (with every unit below it) over a period.")
public record IndicatorValue(
        @Schema(description = "Indicator code (see GET /api/v1/indicators)", example = "INTAKES_RECEIVED") String indicator,
        @Schema(description = "Administrative unit code: VN, a province, a district (before 1 July 2025) or a commune", example = "01") String unit,
        @Schema(description = "Period: 2026, 2026H1, 2026Q3 or 2026-05", example = "2026") String period,
        @Schema(description = "The value, in the indicator's unit", example = "3") long value) {
}
