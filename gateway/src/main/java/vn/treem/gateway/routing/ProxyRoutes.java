package vn.treem.gateway.routing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>
 * Each event loop has its own HTTP client, hence its own pool of kept-alive connections to the services, all opened on
 * that event loop: a request and the connection it is forwarded on are then served by the same thread. With one shared
 * client, the pool lends its most recently used connection whatever loop it lives on, and a request received on one
 * loop and sent on another's connection crosses threads twice (request out, response back), each time queueing a task
 * for, and waking, the other loop (docs/benchmarks.md, issue #9).
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
    private HttpClientOptions clientOptions;
    /** The HTTP client of each event loop (thread), created on its first request. */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        directory = ServiceDirectory.of(config.services());
        clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                // 0: connections are opened on the event loop of the request that needs them (see the class comment).
                .setPoolEventLoopSize(0)
                // Compressed bodies pass through as they are.
                .setDecompressionSupported(false);
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::proxy);
    }

    /** The client of the calling event loop. Route handlers run on event loops, so there are as many as loops. */
    HttpClient client() {
        return clients.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(clientOptions));
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
        new ProxyExchange(vertx, client(), match.get().backend(), config.requestTimeout(path), ctx).start();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }
}
