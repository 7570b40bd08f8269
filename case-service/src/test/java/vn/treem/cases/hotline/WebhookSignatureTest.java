package vn.treem.cases.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The test vector published in docs/integrations/hotline-111.md, so that receivers can check their code. */
class WebhookSignatureTest {

    private static final String BODY = "{\"deliveryId\":\"5f0c2a36-8a51-4a8e-9d3e-0b6f4c1f7e21\","
            + "\"type\":\"referral.status-changed.v1\",\"hotlineReference\":\"111-2026-004512\","
            + "\"intakeId\":\"0b9e4f7c-3d2a-4e55-8a6c-2f1d9b7e6a10\",\"sequence\":2,\"status\":\"INITIAL_ASSESSMENT\","
            + "\"statusLabel\":{\"vi\":\"Đã đánh giá ban đầu\",\"en\":\"Initial assessment done\"},"
            + "\"previousStatus\":\"RECEIVED\",\"occurredAt\":\"2026-11-23T15:05:00+07:00\"}";

    @Test
    void theDocumentedTestVectorHolds() {
        String header = WebhookSignature.header(
                "test-secret-for-the-documentation-only-0123".getBytes(StandardCharsets.UTF_8), 1795421102L,
                BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(header)
                .isEqualTo("t=1795421102,v1=be39093abd7af64445619b799411118a48a2a1d93859870d0e3050d72b222c3d");
    }

    @Test
    void anotherSecretOrAnotherTimeGivesAnotherSignature() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.hmac("a-secret".getBytes(StandardCharsets.UTF_8), 1795421102L, body);

        assertThat(WebhookSignature.hmac("b-secret".getBytes(StandardCharsets.UTF_8), 1795421102L, body))
                .isNotEqualTo(signed);
        assertThat(WebhookSignature.hmac("a-secret".getBytes(StandardCharsets.UTF_8), 1795421103L, body))
                .isNotEqualTo(signed);
    }
}
