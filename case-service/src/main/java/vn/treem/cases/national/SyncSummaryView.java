package vn.treem.cases.national;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalSyncSummary", description = "How many changes of a unit are waiting, parked or done")
public record SyncSummaryView(
        @Schema(example = "01") String unit,
        @Schema(description = "Whether a national system is configured (treem.national.adapter)") boolean enabled,
        @Schema(example = "3") long pending,
        @Schema(example = "1") long parked,
        @Schema(example = "1250") long done,
        @Schema(description = "Creation time of the oldest pending change") OffsetDateTime oldestPendingSince) {
}
