package vn.treem.reporting.reports;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a report as the reporter saves it: the whole content, replacing what was saved before. */
@Schema(name = "ReportContent", description = "Task progress per assignment of the plan and values of its reported indicators.")
public record ReportContentRequest(
        @Valid @Size(max = 300) @Schema(description = "Progress of the plan's tasks, at most one entry per assignment") List<@NotNull @Valid TaskProgress> progress,
        @Valid @Size(max = 300) @Schema(description = "Values of the report's indicators, at most one entry per indicator") List<@NotNull @Valid IndicatorEntry> values) {

    public List<TaskProgress> progressOrEmpty() {
        return progress == null ? List.of() : progress;
    }

    public List<IndicatorEntry> valuesOrEmpty() {
        return values == null ? List.of() : values;
    }
}
