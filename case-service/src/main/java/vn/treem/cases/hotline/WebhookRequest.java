package vn.treem.cases.hotline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HotlineWebhookRequest", description = "A webhook to register: where to send status changes, and the secret that signs them")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "https URL (http only in development)", example = "https://tongdai111.gov.vn/treem/webhooks") String url,
        @NotBlank @Size(min = 32, max = 256) @Schema(required = true, description = """
                The signing secret, 32 to 256 characters, chosen by the client (e.g. openssl rand -base64 32). It is \
                never returned and never logged.""", example = "c2VjcmV0LWZvci10aGUtaG90bGluZS1zaWduYXR1cmVz") String secret) {

    @Override
    public String toString() {
        return "WebhookRequest[url]";
    }
}
