package vn.treem.cases.hotline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request, in the style of Stripe: header {@code Treem-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>" with the webhook's secret>}. The receiver recomputes it over the raw body, compares in
 * constant time and refuses timestamps older than a few minutes (docs/integrations/hotline-111.md).
 */
public final class WebhookSignature {

    public static final String HEADER = "Treem-Signature";

    private WebhookSignature() {
    }

    public static String header(byte[] secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
    }

    static String hmac(byte[] secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
