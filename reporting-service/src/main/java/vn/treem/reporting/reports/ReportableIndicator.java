package vn.treem.reporting.reports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator a report gives a value for: an indicator of the plan's targets that reporting-service does not compute
 * itself. Entries may name it by the plan's code or by its catalog code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportableIndicator")
public record ReportableIndicator(
        @Schema(description = "The plan's indicator code", example = "TE_CO_HCDB_DUOC_TRO_GIUP") String code,
        @Schema(description = "The catalog indicator it stands for, if any") String catalogIndicator,
        @Schema(example = "PERCENT") IndicatorUnit unit) {

    /** True when {@code indicatorCode} names this indicator. */
    public boolean isNamed(String indicatorCode) {
        return indicatorCode != null && (indicatorCode.equals(code) || indicatorCode.equals(catalogIndicator));
    }
}
