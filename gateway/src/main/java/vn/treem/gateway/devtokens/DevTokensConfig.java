package vn.treem.gateway.devtokens;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The development token issuer ({@code treem.dev-tokens.*}). Never enabled in production. */
@ConfigMapping(prefix = "treem.dev-tokens")
public interface DevTokensConfig {

    /** Whether {@code POST /api/v1/dev/tokens} issues tokens; when false it answers 404. */
    @WithDefault("false")
    boolean enabled();

    /** The {@code iss} claim; the services' {@code mp.jwt.verify.issuer}. */
    @WithDefault("urn:treem:dev")
    String issuer();

    /** The {@code aud} claim; the services' {@code mp.jwt.verify.audiences}. */
    @WithDefault("treem-api")
    String audience();

    /** How long an issued token is valid. */
    @WithDefault("1h")
    Duration lifetime();
}
