package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "HotlineWebhook", description = "A registered webhook; its secret is never shown")
public record WebhookView(UUID id,
        @Schema(description = "The hotline client (token subject) it belongs to", example = "hotline-111") String client,
        @Schema(example = "https://tongdai111.gov.vn/treem/webhooks") String url, OffsetDateTime createdAt,
        @JsonIgnore long version) {

    static WebhookView of(HotlineWebhook webhook) {
        return new WebhookView(webhook.id, webhook.client, webhook.url, webhook.createdAt, webhook.version);
    }
}
