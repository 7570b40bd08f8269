package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.treem.cases.casework.CaseStatus;

/**
 * The body of a webhook request (docs/integrations/hotline-webhook.v1.json): codes, ids, labels and a timestamp — never
 * a name, ID number, phone number, address or free text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"deliveryId", "type", "hotlineReference", "intakeId", "sequence", "status", "statusLabel",
        "previousStatus", "occurredAt"})
@Schema(name = "HotlineWebhookPayload")
public record WebhookPayload(UUID deliveryId, String type, String hotlineReference, UUID intakeId, int sequence,
        CaseStatus status, StatusLabel statusLabel, CaseStatus previousStatus, OffsetDateTime occurredAt) {

    public static final String TYPE = "referral.status-changed.v1";
}
