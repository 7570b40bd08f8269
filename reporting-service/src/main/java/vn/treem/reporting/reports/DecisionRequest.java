package vn.treem.reporting.reports;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level above accepts a submitted report (it is then locked) or returns it to the reporter with a comment. */
@Schema(name = "ReportDecision")
public record DecisionRequest(
        @NotNull @Schema(required = true, description = "true accepts, false returns the report", example = "false") Boolean accept,
        @Size(max = 2000) @Schema(description = "Required when returning: what to correct", example = "Tỷ lệ trẻ được trợ giúp chưa khớp với số liệu quý II, đề nghị rà soát") String comment) {
}
