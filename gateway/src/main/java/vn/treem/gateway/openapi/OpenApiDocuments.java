package vn.treem.gateway.openapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import vn.treem.gateway.GatewayConfig;
import vn.treem.gateway.devtokens.DevTokensConfig;
import vn.treem.gateway.routing.Backend;
import vn.treem.gateway.routing.ServiceDirectory;

/**
 * Builds the merged OpenAPI document from the gateway's own document and each service's live one, and keeps it for
 * {@code treem.gateway.openapi.cache-ttl}. A service that does not answer within
 * {@code treem.gateway.openapi.fetch-timeout} is left out and listed as unavailable.
 */
@ApplicationScoped
public class OpenApiDocuments {

    private static final Logger LOG = Logger.getLogger(OpenApiDocuments.class);

    /** Where SmallRye OpenAPI serves the gateway's own document. */
    public static final String OWN_DOCUMENT_PATH = "/q/openapi-gateway";
    static final String GATEWAY = "gateway";
    static final String DEV_TOKENS_PATHS = "/api/v1/dev/";

    private record Fetched(String name, String label, Optional<JsonNode> document) {
    }

    private record Cached(long bornNanos, Future<ObjectNode> document) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    DevTokensConfig devTokens;

    @Inject
    Vertx vertx;

    private final ObjectMapper json = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger("Treem API", """
            The whole Treem API behind one gateway, merged at run time from each service's own document and the \
            gateway's. Same-named but different schemas are renamed <service>_<Name> (see info.x-treem-merge); \
            services that did not answer are listed in info.x-treem-unavailable. Every error is an RFC 9457 problem \
            document in Vietnamese (default) or English (Accept-Language: en).""");
    private ServiceDirectory directory;
    private HttpClient client;
    private volatile Cached cached;

    @PostConstruct
    void init() {
        directory = ServiceDirectory.of(config.services());
        client = vertx.createHttpClient();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * The merged document; never fails: missing parts are listed as unavailable.
     *
     * @param self
     *            where the gateway itself listens, to fetch its own document
     */
    public Future<ObjectNode> merged(SocketAddress self) {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.bornNanos() < config.openapi().cacheTtl().toNanos()) {
            return current.document();
        }
        Future<ObjectNode> document = build(self);
        cached = new Cached(now, document);
        return document;
    }

    private Future<ObjectNode> build(SocketAddress self) {
        List<Future<Fetched>> fetches = new ArrayList<>();
        fetches.add(fetch(GATEWAY, GATEWAY, new RequestOptions().setServer(self).setHost("localhost")
                .setPort(self.port()).setURI(OWN_DOCUMENT_PATH + "?format=json")));
        for (Backend backend : directory.backends()) {
            fetches.add(fetch(backend.name(), backend.displayName(), new RequestOptions().setHost(backend.host())
                    .setPort(backend.port()).setSsl(backend.https()).setURI(backend.uri("/q/openapi", "format=json"))));
        }
        return Future.join(fetches).map(done -> {
            List<OpenApiMerger.Part> parts = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (Future<Fetched> fetch : fetches) {
                Fetched fetched = fetch.result();
                if (fetched.document().isPresent()) {
                    parts.add(new OpenApiMerger.Part(fetched.name(), fetched.label(), fetched.document().get()));
                } else {
                    unavailable.add(fetched.label());
                }
            }
            return merger.merge(parts, unavailable);
        });
    }

    private Future<Fetched> fetch(String name, String label, RequestOptions options) {
        long timeout = Math.max(1, config.openapi().fetchTimeout().toMillis());
        Promise<Fetched> result = Promise.promise();
        long timer = vertx.setTimer(timeout, id -> {
            if (result.tryComplete(new Fetched(name, label, Optional.empty()))) {
                LOG.warnf("the OpenAPI document of %s did not come within %d ms", label, timeout);
            }
        });
        options.setMethod(HttpMethod.GET).setConnectTimeout(timeout).setIdleTimeout(timeout)
                .putHeader("Accept", "application/json");
        client.request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("HTTP " + response.statusCode()))
                .onComplete(body -> {
                    vertx.cancelTimer(timer);
                    Optional<JsonNode> document = body.succeeded() ? parse(name, body.result()) : Optional.empty();
                    if (body.failed() && !result.future().isComplete()) {
                        LOG.warnf("the OpenAPI document of %s is unavailable (%s)", label,
                                body.cause().getClass().getName());
                    }
                    result.tryComplete(new Fetched(name, label, document));
                });
        return result.future();
    }

    private Optional<JsonNode> parse(String name, Buffer body) {
        try {
            JsonNode document = json.readTree(body.getBytes());
            if (!(document instanceof ObjectNode object) || !object.has("openapi")) {
                return Optional.empty();
            }
            if (GATEWAY.equals(name) && !devTokens.enabled() && object.get("paths") instanceof ObjectNode paths) {
                List<String> devPaths = new ArrayList<>();
                paths.fieldNames().forEachRemaining(path -> {
                    if (path.startsWith(DEV_TOKENS_PATHS)) {
                        devPaths.add(path);
                    }
                });
                paths.remove(devPaths);
            }
            return Optional.of(object);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
