package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.casework.CaseStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HotlineWebhookDelivery", description = "One status change sent (or to be sent) to one webhook, with the outcome of its attempts")
public record DeliveryView(
        @Schema(description = "Sent as Treem-Delivery-Id; the same for every attempt") UUID id,
        UUID webhookId,
        @Schema(example = "hotline-111") String client,
        UUID intakeId,
        @Schema(example = "111-2026-004512") String hotlineReference,
        @Schema(description = "Number of the status change in the case's history (1 = opened)", example = "2") int sequence,
        @Schema(example = "INITIAL_ASSESSMENT") CaseStatus status,
        @Schema(example = "PARKED") DeliveryState state,
        @Schema(example = "12") int attempts,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "HTTP status of the last answer", example = "500") Integer lastResponseStatus,
        @Schema(description = "Why the last attempt failed: HTTP_STATUS, TIMEOUT, CONNECTION_FAILED, IO_ERROR, REQUEST_FAILED", example = "HTTP_STATUS") String lastError,
        @Schema(description = "When the next attempt is due (pending deliveries)") OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime parkedAt,
        OffsetDateTime createdAt) {

    static DeliveryView of(WebhookDelivery d, String hotlineReference) {
        return new DeliveryView(d.id, d.webhookId, d.client, d.intakeId, hotlineReference, d.sequence, d.caseStatus,
                d.state, d.attempts, d.lastAttemptAt, d.lastResponseStatus, d.lastError,
                d.state == DeliveryState.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.parkedAt, d.createdAt);
    }
}
