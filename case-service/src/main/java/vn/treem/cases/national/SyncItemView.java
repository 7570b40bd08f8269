package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A change queued for the national child database, as administrators see it: ids, codes and times only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalSyncItem", description = "A change queued for the national child database")
public record SyncItemView(
        @Schema(example = "42") long id,
        @Schema(description = "CHILD (the child's record) or CASE_STATUS (a case's status)", example = "CHILD") String kind,
        UUID childId,
        UUID caseId,
        @Schema(example = "00004") String communeCode,
        @Schema(description = "PENDING, DONE or PARKED", example = "PARKED") String status,
        @Schema(description = "Tries so far", example = "1") int attempts,
        @Schema(description = "When the next try is due (PENDING)") OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "Why the last try failed: codes only, never the data") LastError lastError,
        @Schema(description = "CREATED, UPDATED or DUPLICATE (already there)", example = "CREATED") String remoteOutcome,
        @Schema(description = "The national system's id of the record", example = "TE-01-0000123") String nationalId,
        @Schema(description = "The idempotency key of the last try", example = "treem-child-3f6b…-v2") String idempotencyKey,
        OffsetDateTime createdAt,
        OffsetDateTime doneAt,
        OffsetDateTime parkedAt,
        OffsetDateTime requeuedAt,
        String requeuedBy) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NationalSyncError")
    public record LastError(
            @Schema(description = "CONNECTION_FAILED, TIMEOUT, REMOTE_5XX, RATE_LIMITED, AUTH_REJECTED, TOKEN_UNAVAILABLE, CIRCUIT_OPEN, UNEXPECTED_ANSWER, REJECTED or INTERNAL_ERROR", example = "REJECTED") String code,
            @Schema(description = "The national system's HTTP status", example = "422") Integer httpStatus,
            @Schema(description = "The national system's error and field codes", example = "VALIDATION_FAILED: birthDate=OUT_OF_RANGE") String detail) {
    }

    static SyncItemView of(NationalSyncItem item) {
        LastError error = item.lastErrorCode == null
                ? null
                : new LastError(item.lastErrorCode, item.lastErrorStatus, item.lastErrorDetail);
        return new SyncItemView(item.id, item.kind.name(), item.childId, item.caseId, item.communeCode,
                item.status.name(), item.attempts,
                item.status == NationalSyncItem.Status.PENDING ? item.nextAttemptAt : null, item.lastAttemptAt,
                error, item.remoteOutcome, item.nationalId, item.idempotencyKey, item.createdAt, item.doneAt,
                item.parkedAt, item.requeuedAt, item.requeuedBy);
    }
}
