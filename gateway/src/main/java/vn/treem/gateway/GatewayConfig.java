package vn.treem.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the services are and how long the gateway waits for them ({@code treem.gateway.*}). */
@ConfigMapping(prefix = "treem.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by short name ({@code plan}, {@code case}, {@code reporting}). */
    Map<String, Service> services();

    /** How long to wait for a TCP connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for a service's response headers (and between body chunks) before answering 504. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * Longer time limits below some path prefixes, e.g. {@code "/api/v1/child-imports"=5m}: an import checks the whole
     * file before it answers.
     */
    Map<String, Duration> slowPrefixes();

    /** The largest request body, from its Content-Length, except below {@link #largeBodyPrefixes()}. */
    @WithDefault("11534336")
    long maxBodyBytes();

    /** Prefixes whose bodies may reach {@code quarkus.http.limits.max-body-size} (the services check them). */
    List<String> largeBodyPrefixes();

    /** The time limit of a request to {@code path}. */
    default Duration requestTimeout(String path) {
        return slowPrefixes().entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(requestTimeout());
    }

    /** The merged OpenAPI document. */
    OpenApi openapi();

    interface Service {

        /** Base URL of the service, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /** Path prefixes the service owns; a prefix matches itself and everything below it. */
        List<String> prefixes();
    }

    interface OpenApi {

        /** How long to wait for one service's document. */
        @WithDefault("3s")
        Duration fetchTimeout();

        /** How long a merged document is reused before the services are asked again. */
        @WithDefault("5s")
        Duration cacheTtl();
    }
}
