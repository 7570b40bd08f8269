package vn.treem.cases.hotline;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhooks of Hotline 111 clients and their delivery (docs/integrations/hotline-111.md, docs/adr/0014). */
@ConfigMapping(prefix = "treem.hotline.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends deliveries (the rows are written either way). */
    @WithDefault("true")
    boolean enabled();

    /** Accept {@code http://} webhook URLs; only for development and tests, production requires https. */
    @WithDefault("false")
    boolean allowHttp();

    /** Webhooks one hotline client may have at a time. */
    @WithDefault("10")
    int maxPerClient();

    /** Attempts of one delivery before it is parked. */
    @WithDefault("12")
    int maxAttempts();

    /** Wait before the second attempt; doubled after each failure. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** Longest wait between two attempts. */
    @WithDefault("PT6H")
    Duration maxRetry();

    /** Connection and response time limit of one attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How often due deliveries are looked for (besides right after each commit that wrote one). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Deliveries sent together, in parallel. */
    @WithDefault("50")
    int batchSize();

    /**
     * Base64 of a 256-bit key that encrypts the webhook secrets in the database (AES-GCM). Without it secrets are
     * stored as given, and a warning is logged at startup.
     */
    Optional<String> secretKey();
}
