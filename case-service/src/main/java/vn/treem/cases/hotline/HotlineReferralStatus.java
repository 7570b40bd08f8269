package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.treem.cases.casework.CaseStatus;

@Schema(name = "HotlineReferralStatus", description = """
        Where the case opened for a report of Hotline 111 stands: its status only, no case content and no personal \
        data.""")
public record HotlineReferralStatus(
        @Schema(description = "The hotline's own reference", example = "111-2026-004512") String hotlineReference,
        @Schema(description = "Our id of the intake") UUID intakeId,
        @Schema(example = "INITIAL_ASSESSMENT") CaseStatus status,
        StatusLabel statusLabel,
        @Schema(description = "When the report was received", example = "2026-11-20T08:30:00+07:00") OffsetDateTime receivedAt,
        @Schema(description = "Last change of the case", example = "2026-11-20T15:05:00+07:00") OffsetDateTime updatedAt,
        @JsonIgnore long version) {
}
