package vn.treem.gateway.routing;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.treem.gateway.GatewayConfig;

/**
 * Forwards {@code /api/v1/...} to the service owning the path, streaming bodies both ways. Paths no service owns go on
 * to the gateway's own resources (development tokens) and, failing those, to the platform's 404 problem.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** The request-context key under which Quarkus' HTTP server metrics look for a path template. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private ServiceDirectory directory;
    private HttpClient client;

    void install(@Observes Router router) {
        directory = ServiceDirectory.of(config.services());
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                // Compressed bodies pass through as they are.
                .setDecompressionSupported(false));
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::proxy);
    }

    void proxy(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<ServiceDirectory.Match> match = directory.resolve(path);
        if (match.isEmpty()) {
            ctx.next();
            return;
        }
        if (VertxContext.isOnDuplicatedContext()) {
            // The HTTP server metrics tag requests with this template rather than with every distinct path.
            ContextLocals.put(URL_PATH_TEMPLATE, match.get().template(path));
        }
        new ProxyExchange(vertx, client, match.get().backend(), config.requestTimeout(path), ctx).start();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
